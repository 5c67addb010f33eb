package ai.scorecard.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.Stage;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "erin", roles = "EDITOR")
class CompanyAndProductFormsTest {

    static final String HOSTILE = "<script>alert('x')</script> \"Quoted\" & 'single' 百度 🚀";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;
    @Autowired
    FactLedger ledger;

    @Test
    void aValidCompanyIsCreatedAndTheEditorLandsOnIt() throws Exception {
        mvc.perform(company("baidu", Map.of("nameEn", "Baidu", "nameZh", "百度", "headquarters", "Beijing")))
                .andExpect(redirectedUrl("/companies/baidu"))
                .andExpect(flash().attribute("saved", "saved.company.created"));
        Document page = page("/companies/baidu");
        assertThat(page.selectFirst(".saved")).isNull(); // the flash shows once, on the redirect's target
        assertThat(catalog.company("baidu")).hasValueSatisfying(c -> assertThat(c.getNameZh()).isEqualTo("百度"));
    }

    @Test
    void everyCompanyRuleIsAnsweredNextToItsFieldAndNothingIsStored() throws Exception {
        long before = catalog.companyCount();
        expectRefused(company("Bad Slug", Map.of("nameEn", "Kept name")), "slug",
                "Use lower-case letters, digits and single hyphens, such as volcano-engine.", "nameEn", "Kept name");
        expectRefused(company("alibaba", Map.of("nameEn", "Another Alibaba")), "slug",
                "This address name is taken; choose another.", "nameEn", "Another Alibaba");
        expectRefused(company("blank-name", Map.of("nameEn", "  ", "headquarters", "Kept HQ")), "nameEn",
                "Fill this in.", "headquarters", "Kept HQ");
        expectRefused(company("long-name", Map.of("nameEn", "x".repeat(121))), "nameEn",
                "size must be between 0 and 120", "slug", "long-name");
        expectRefused(company("control", Map.of("nameEn", "Bell\u0007")), "nameEn",
                "Remove the control characters from this text.", "slug", "control");
        assertThat(catalog.companyCount()).isEqualTo(before);
    }

    @Test
    void hostileInputIsStoredAndShownEscapedEverywhere() throws Exception {
        mvc.perform(company("hostile", Map.of("nameEn", HOSTILE, "summary", HOSTILE + "\nsecond line")))
                .andExpect(redirectedUrl("/companies/hostile"));
        for (String url : new String[] {"/companies/hostile", "/companies", "/", "/compare?left=hostile&right=alibaba",
                "/styles", "/rankings"}) {
            String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(url).doesNotContain("<script>alert");
            if (!url.equals("/rankings")) {
                assertThat(Jsoup.parse(html).text()).as(url).contains(HOSTILE);
            }
        }
    }

    @Test
    void aProductIsCreatedEditedAndScoredAtOnce() throws Exception {
        mvc.perform(product("new", "ernie", Map.of("company", "zhipu", "nameEn", "Ernie", "category", "ASSISTANT_APP",
                        "stage", "PILOT", "weight", "MAJOR", "growthDriver", "PRODUCT_LED")))
                .andExpect(redirectedUrl("/products/ernie"));
        Product ernie = catalog.product("ernie").orElseThrow();
        assertThat(ernie.getGrowthDriver().name()).isEqualTo("PRODUCT_LED");

        Document edit = page("/products/ernie/edit");
        assertThat(edit.selectFirst("#nameEn").val()).isEqualTo("Ernie");
        mvc.perform(product("ernie", "ernie", Map.of("company", "zhipu", "nameEn", "Ernie Bot", "category", "ASSISTANT_APP",
                        "stage", "MONETIZED", "weight", "MAJOR", "version", String.valueOf(ernie.getVersion()))))
                .andExpect(redirectedUrl("/products/ernie"));
        Document page = page("/products/ernie");
        assertThat(page.selectFirst("h1 span").text()).isEqualTo("Ernie Bot");
        assertThat(page.selectFirst("tr.indicator[data-indicator=stage] .points").text()).isEqualTo("100.0");
    }

    @Test
    void everyProductRuleIsAnsweredNextToItsField() throws Exception {
        long before = catalog.productCount();
        Map<String, String> valid = Map.of("company", "zhipu", "nameEn", "Kept", "category", "CODING_TOOL",
                "stage", "LAUNCHED", "weight", "MINOR");
        expectRefused(product("new", "future", with(valid, "launchDate", "2099-01-01")), "launchDate",
                "This date is in the future.", "nameEn", "Kept");
        expectRefused(product("new", "bad-date", with(valid, "launchDate", "31/12/2025")), "launchDate",
                "Enter a date as year-month-day, such as 2026-06-30.", "nameEn", "Kept");
        expectRefused(product("new", "toaster", with(valid, "category", "TOASTER")), "category",
                "This value is not one of the choices.", "nameEn", "Kept");
        expectRefused(product("new", "nobody", with(valid, "company", "nobody")), "company",
                "Choose a company from the list.", "nameEn", "Kept");
        expectRefused(product("new", "doubao", valid), "slug", "This address name is taken; choose another.",
                "nameEn", "Kept");
        assertThat(catalog.productCount()).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndTheFirstIsIntact() throws Exception {
        Product doubao = catalog.product("doubao").orElseThrow();
        String openedAt = String.valueOf(doubao.getVersion());
        Map<String, String> common = Map.of("company", "bytedance", "category", "ASSISTANT_APP", "weight", "FLAGSHIP",
                "version", openedAt);
        // Both editors opened the form at the same version; the first saves.
        mvc.perform(product("doubao", "doubao", with(with(common, "nameEn", "Doubao (first)"), "stage", "MONETIZED")))
                .andExpect(redirectedUrl("/products/doubao"));
        // The second, still on the old version, is stopped and shown both versions.
        MvcResult second = mvc.perform(product("doubao", "doubao",
                        with(with(common, "nameEn", "Doubao (second)"), "stage", "PILOT")))
                .andExpect(status().isConflict()).andReturn();
        Document page = Jsoup.parse(second.getResponse().getContentAsString());
        assertThat(page.selectFirst("#conflict h2").text()).isEqualTo("Someone else saved this record after you opened it");
        assertThat(page.selectFirst("tr.difference[data-field=nameEn] .theirs").text()).isEqualTo("Doubao (first)");
        assertThat(page.selectFirst("tr.difference[data-field=nameEn] .yours").text()).isEqualTo("Doubao (second)");
        assertThat(page.selectFirst("#nameEn").val()).isEqualTo("Doubao (second)");
        assertThat(page.selectFirst("input[name=version]").val()).isNotEqualTo(openedAt);

        Product saved = catalog.product("doubao").orElseThrow();
        assertThat(saved.getNameEn()).isEqualTo("Doubao (first)");
        assertThat(saved.getStage()).isEqualTo(Stage.MONETIZED);
    }

    @Test
    void aProductWithFactsGoesOnlyWithItsFactsAndOnlyWhenSaidSo() throws Exception {
        Document confirm = page("/products/qianwen-app/delete");
        assertThat(confirm.selectFirst("#what-goes").text()).isEqualTo("The product will be deleted, and 3 facts about it depend on it.");
        mvc.perform(post("/products/qianwen-app/delete").with(csrf())).andExpect(status().isConflict());
        assertThat(catalog.product("qianwen-app")).isPresent();

        mvc.perform(post("/products/qianwen-app/delete").param("withFacts", "true").with(csrf()))
                .andExpect(redirectedUrl("/companies/alibaba"));
        assertThat(catalog.product("qianwen-app")).isEmpty();
        mvc.perform(get("/products/qianwen-app")).andExpect(status().isNotFound());
    }

    /** A company or product form sent twice with its key (a retry, a double click) creates one record. */
    @Test
    void aCreationFormSentTwiceCreatesOnce() throws Exception {
        String companyKey = page("/companies/new").selectFirst("form.edit-form input[name=formKey]").val();
        String productKey = page("/products/new").selectFirst("form.edit-form input[name=formKey]").val();
        assertThat(companyKey).isNotBlank().isNotEqualTo(productKey);
        long before = catalog.companyCount();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(company("baidu", Map.of("nameEn", "Baidu", "formKey", companyKey)))
                    .andExpect(redirectedUrl("/companies/baidu"))
                    .andExpect(flash().attribute("saved", attempt == 0 ? "saved.company.created" : "saved.alreadySaved"));
        }
        assertThat(catalog.companyCount()).isEqualTo(before + 1);

        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(product("new", "ernie", Map.of("company", "baidu", "nameEn", "Ernie", "category",
                    "ASSISTANT_APP", "stage", "LAUNCHED", "formKey", productKey)))
                    .andExpect(redirectedUrl("/products/ernie"))
                    .andExpect(flash().attribute("saved", attempt == 0 ? "saved.product.created" : "saved.alreadySaved"));
        }
        assertThat(catalog.product("ernie")).isPresent();
    }

    private void expectRefused(MockHttpServletRequestBuilder request, String field, String message, String keptField,
            String keptValue) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.selectFirst("#" + field + "-error")).as(field).isNotNull();
        assertThat(page.selectFirst("#" + field + "-error").text()).isEqualTo(message);
        assertThat(page.selectFirst("#" + field).attr("aria-describedby")).isEqualTo(field + "-error");
        assertThat(page.selectFirst("#" + keptField).val()).isEqualTo(keptValue);
        assertThat(page.selectFirst("#error-summary")).isNotNull();
    }

    private static MockHttpServletRequestBuilder company(String slug, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/companies").with(csrf()).param("slug", slug);
        fields.forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder product(String target, String slug, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(target.equals("new") ? "/products" : "/products/" + target)
                .with(csrf()).param("slug", slug);
        fields.forEach(request::param);
        return request;
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        java.util.Map<String, String> copy = new java.util.HashMap<>(fields);
        copy.put(key, value);
        return copy;
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
