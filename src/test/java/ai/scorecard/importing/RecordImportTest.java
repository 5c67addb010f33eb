package ai.scorecard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.source.Bibliography;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** Sources, companies and products imported in the seed's columns, through the real bibliography and catalog. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "erin", roles = "EDITOR")
class RecordImportTest {

    static final String SOURCES = String.join(",", SourceImport.COLUMNS) + "\r\n";
    static final String COMPANIES = String.join(",", CompanyImport.COLUMNS) + "\r\n";
    static final String PRODUCTS = String.join(",", ProductImport.COLUMNS) + "\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Bibliography bibliography;

    @Autowired
    Catalog catalog;

    @Test
    void sourcesAreAddedOnceAndTheSameFileAgainFindsThemAlreadyThere() throws Exception {
        String file = SOURCES
                + "Import test report,Test Press,https://example.com/import-test,2026-10-01,EN,PRESS,,导入测试报告,测试出版社\r\n"
                + "Undated import note,,https://example.com/import-note,,ZH,PRESS,,,\r\n";
        long before = bibliography.count();
        Document preview = upload("sources.csv", file, "sources", 200);
        assertThat(actions(preview)).containsExactly("new source", "new source");
        assertThat(bibliography.count()).isEqualTo(before);
        commit(preview, "Record 2 sources");
        assertThat(bibliography.count()).isEqualTo(before + 2);

        Document again = upload("sources.csv", file, "", 200);
        assertThat(again.selectFirst("#preview h2").text()).isEqualTo("Preview of sources.csv");
        assertThat(actions(again)).allMatch(action -> action.startsWith("already there as source "));
        assertThat(again.selectFirst("#commit")).isNull();
    }

    @Test
    void aSourceWithABadAddressOrStatedTwiceIsRefusedInItsColumn() throws Exception {
        String file = SOURCES
                + "Good report,,https://example.com/good,2026-10-01,EN,PRESS,,,\r\n"
                + "Bad address,,ftp://example.com/file,2026-10-01,EN,PRESS,,,\r\n"
                + "GOOD REPORT,,https://example.com/good,2026-09-01,EN,PRESS,,,\r\n"
                + "Odd language,,https://example.com/odd,2026-10-01,FR,PRESS,,,\r\n";
        long before = bibliography.count();
        Document preview = upload("sources.csv", file, "sources", 422);
        assertThat(refusals(preview)).containsExactly(
                List.of("3", "url", "Enter a web address starting with http:// or https://."),
                List.of("4", "title", "Row 2 names the same source (the same title and web address)."),
                List.of("5", "language", "Not one of the values listed for this column."));
        assertThat(preview.selectFirst("#commit")).isNull();
        assertThat(bibliography.count()).isEqualTo(before);
    }

    @Test
    void companiesAndTheirProductsImportAndTheSameFilesAgainAreUnchanged() throws Exception {
        String companies = COMPANIES + "import-test-co,Import Test Co,导入测试公司,Hangzhou,A test company,杭州,测试公司\r\n";
        commit(upload("companies.csv", companies, "", 200), "Record 1 company");
        assertThat(catalog.company("import-test-co")).hasValueSatisfying(company ->
                assertThat(company.getHeadquartersZh()).isEqualTo("杭州"));
        String products = PRODUCTS + "import-test-app,import-test-co,Import Test App,导入测试应用,ASSISTANT_APP,"
                + "LAUNCHED,2026-03-01,MINOR,YES,PRODUCT_LED,WORKFLOW_EMBEDDED,An app,一款应用\r\n";
        Document preview = upload("products.csv", products, "", 200);
        assertThat(actions(preview)).containsExactly("new product");
        commit(preview, "Record 1 product");
        assertThat(catalog.product("import-test-app")).isPresent();

        assertThat(actions(upload("companies.csv", companies, "companies", 200))).containsExactly("unchanged");
        Document again = upload("products.csv", products, "products", 200);
        assertThat(actions(again)).containsExactly("unchanged");
        assertThat(again.selectFirst("#commit")).isNull();
    }

    @Test
    void aProductOfAnUnknownCompanyARepeatedSlugAndAChangedCompanyAreRefused() throws Exception {
        String products = PRODUCTS
                + "orphan-app,no-such-co,Orphan,,ASSISTANT_APP,LAUNCHED,,MINOR,UNKNOWN,UNKNOWN,UNKNOWN,,\r\n"
                + "twin-app,bytedance,Twin,,ASSISTANT_APP,LAUNCHED,,MINOR,UNKNOWN,UNKNOWN,UNKNOWN,,\r\n"
                + "twin-app,bytedance,Twin again,,ASSISTANT_APP,LAUNCHED,,MINOR,UNKNOWN,UNKNOWN,UNKNOWN,,\r\n"
                + "bad-stage,bytedance,Bad,,ASSISTANT_APP,SOON,,MINOR,UNKNOWN,UNKNOWN,UNKNOWN,,\r\n";
        long before = catalog.productCount();
        Document preview = upload("products.csv", products, "products", 422);
        assertThat(refusals(preview)).extracting(row -> row.subList(0, 2)).containsExactly(List.of("2", "company"),
                List.of("4", "slug"), List.of("5", "stage"));
        assertThat(refusals(preview).get(1).get(2)).isEqualTo("Row 3 has the same address name.");
        assertThat(catalog.productCount()).isEqualTo(before);
        Document chinese = Jsoup.parse(mvc.perform(multipart("/import").file(file("products.csv", products))
                .param("kind", "products").param("lang", "zh-CN").with(csrf())).andReturn().getResponse()
                .getContentAsString());
        assertThat(chinese.select("#refusals tr.refusal td.reason").get(1).text())
                .isEqualTo("第 3 行的网址标识与此行相同。");

        String changed = COMPANIES + "bytedance,ByteDance renamed,字节跳动,Beijing,Another summary,,\r\n";
        assertThat(refusals(upload("companies.csv", changed, "companies", 422))).extracting(row -> row.get(1))
                .containsExactly("slug");
    }

    @Test
    void eachKindHasItsColumnsDocumentedAndATemplate() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/import")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#kind option")).extracting(Element::val)
                .containsExactly("", "facts", "sources", "companies", "products");
        assertThat(page.select("#columns-sources dt")).extracting(Element::text)
                .containsExactlyElementsOf(SourceImport.COLUMNS);
        assertThat(page.select("#columns-products dt")).extracting(Element::text)
                .containsExactlyElementsOf(ProductImport.COLUMNS);
        for (String kind : List.of("facts", "sources", "companies", "products")) {
            assertThat(page.selectFirst("#template-" + kind).attr("href")).isEqualTo("/import/template/" + kind + ".csv");
        }
        assertThat(mvc.perform(get("/import/template/products.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).isEqualTo(PRODUCTS);
        mvc.perform(get("/import/template/nothing.csv")).andExpect(status().isNotFound());
    }

    private static List<String> actions(Document preview) {
        return preview.select("#plans tr.plan .action").eachText();
    }

    private static List<List<String>> refusals(Document preview) {
        return preview.select("#refusals tr.refusal").stream().map(row -> row.select("td").eachText()).toList();
    }

    private void commit(Document preview, String button) throws Exception {
        Element form = preview.selectFirst("#commit");
        assertThat(form.selectFirst("button").text()).isEqualTo(button);
        mvc.perform(post("/import/commit").param("token", form.selectFirst("input[name=token]").val()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private Document upload(String name, String content, String kind, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(multipart("/import").file(file(name, content)).param("kind", kind)
                .with(csrf())).andExpect(status().is(expectedStatus)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
