package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A long ranking comes a page at a time, its ranks running on from one page to the next. */
@SpringBootTest
@AutoConfigureMockMvc
class RankingPagesTest {

    static final int ADDED = 60; // with the seed's 2 coding tools: 62 rows, pages of 50 and 12

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void addCodingTools() {
        long tencent = jdbc.queryForObject("select id from company where slug = 'tencent'", Long.class);
        for (int i = 0; i < ADDED; i++) {
            String slug = "paged-tool-" + i;
            jdbc.update("insert into product (slug, company_id, name_en, category, stage, weight, growth_driver) "
                    + "values (?, ?, ?, 'CODING_TOOL', 'LAUNCHED', 'MINOR', 'PRODUCT_LED')", slug, tencent,
                    "Paged tool " + i);
            if (i % 3 != 0) { // a third have no figure, only what their stage says
                long product = jdbc.queryForObject("select id from product where slug = ?", Long.class, slug);
                jdbc.update("insert into fact (product_id, metric, value_numeric, qualifier, as_of, provenance, "
                        + "source_id, claim, recorded_at) values (?, 'DAU', ?, 'EXACT', ?, 'THIRD_PARTY', "
                        + "(select min(id) from source), 'Generated', current_timestamp)", product, 1000 * (i + 1),
                        LocalDate.of(2026, 11, 1));
            }
        }
        jdbc.update("update data_version set version = version + 1");
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from fact where product_id in (select id from product where slug like 'paged-tool-%')");
        jdbc.update("delete from product where slug like 'paged-tool-%'");
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void pagesFollowEachOtherAndKeepTheCategoryAndLens() throws Exception {
        Document first = page("/rankings?category=coding-tool&lens=growth-first");
        // 41 coding tools rest on a sourced fact (40 generated, and Trae); 21 only on their stage.
        assertThat(first.select("tr.ranked")).hasSize(41);
        assertThat(first.select("li.unranked-product")).hasSize(9);
        assertThat(first.selectFirst(".ranking-pages [role=status]").text())
                .isEqualTo("Products 1 to 50 of 62, page 1 of 2");
        assertThat(first.selectFirst(".ranking-pages a[rel=prev]")).isNull();
        String next = first.selectFirst(".ranking-pages a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/rankings?category=coding-tool&lens=growth-first&page=2");

        Document second = page(next);
        assertThat(second.select("tr.ranked")).isEmpty();
        assertThat(second.select("li.unranked-product")).hasSize(12);
        assertThat(second.selectFirst(".ranking-pages a[rel=next]")).isNull();
        assertThat(second.selectFirst(".ranking-pages a[rel=prev]").attr("href"))
                .isEqualTo("/rankings?category=coding-tool&lens=growth-first&page=1");

        List<Element> rows = first.select("tr.ranked");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).selectFirst(".rank").text()).as("row %d", i + 1).isEqualTo(String.valueOf(i + 1));
        }
        List<String> unranked = new ArrayList<>(first.select("li.unranked-product").eachAttr("data-product"));
        unranked.addAll(second.select("li.unranked-product").eachAttr("data-product"));
        List<String> factless = new ArrayList<>(List.of("tongyi-lingma"));
        for (int i = 0; i < ADDED; i += 3) {
            factless.add("paged-tool-" + i);
        }
        assertThat(unranked).containsExactlyInAnyOrderElementsOf(factless);
    }

    @Test
    void versionOneStillRanksWhatOnlyATraitSupportsAndItsLinksKeepTheVersion() throws Exception {
        Document first = page("/rankings?category=coding-tool&lens=growth-first&version=1");
        assertThat(first.select("tr.ranked")).hasSize(50);
        assertThat(first.select("li.unranked-product")).isEmpty();
        assertThat(first.selectFirst(".score-basis").text()).contains("Methodology version 1");
        String next = first.selectFirst(".ranking-pages a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/rankings?category=coding-tool&lens=growth-first&version=1&page=2");
        assertThat(page(next).select("tr.ranked")).hasSize(12);
        assertThat(first.selectFirst("tr.ranked a").attr("href")).endsWith("?version=1");
    }

    /**
     * A comparison shows a side's best three products in a category, best first, and links to all of them, ranked
     * under the same lens; that ranking holds the one company's products only, page after page.
     */
    @Test
    void aComparisonShowsTheBestThreeOfACategoryAndLinksToAllOfThem() throws Exception {
        Document compare = page("/compare?left=tencent&right=bytedance&lens=growth-first");
        Element coding = compare.selectFirst(".category[data-category=CODING_TOOL]");
        List<String> shown = coding.select(".left .product-card").eachAttr("data-product");
        assertThat(shown).hasSize(3);
        assertThat(coding.select(".right .product-card").eachAttr("data-product")).containsExactly("trae");
        assertThat(coding.selectFirst(".right .all-products")).as("one product: nothing more to see").isNull();
        Element all = coding.selectFirst(".left .all-products a");
        assertThat(all.text()).isEqualTo("All 60 products of Tencent in this category, ranked");
        assertThat(all.attr("href")).isEqualTo("/rankings?category=coding-tool&company=tencent&lens=growth-first");

        Document ranking = page(all.attr("href"));
        assertThat(ranking.selectFirst("h1").text()).isEqualTo("Product rankings of Tencent: Coding tool");
        List<String> ranked = ranking.select("tr.ranked").eachAttr("data-product");
        assertThat(ranked).hasSize(40).allMatch(slug -> slug.startsWith("paged-tool-"));
        assertThat(ranked.subList(0, 3)).as("the comparison's three are the ranking's first three")
                .containsExactlyElementsOf(shown);
        assertThat(ranking.select("li.unranked-product")).hasSize(10);
        String next = ranking.selectFirst(".ranking-pages a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/rankings?category=coding-tool&company=tencent&lens=growth-first&page=2");
        assertThat(page(next).select("li.unranked-product")).hasSize(10);
        assertThat(ranking.selectFirst("input[type=hidden][name=company]").val()).as("the form keeps the company")
                .isEqualTo("tencent");

        String unknown = mvc.perform(get("/rankings?company=no-such-co")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(unknown).selectFirst("#problem").text()).isEqualTo("There is no company “no-such-co”.");
    }

    @Test
    void aPageBeyondTheLastIsAnsweredOnThePage() throws Exception {
        String html = mvc.perform(get("/rankings?category=coding-tool&page=3")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).selectFirst("#problem").text()).isEqualTo("There is no page 3 of this ranking.");
        mvc.perform(get("/rankings?page=0")).andExpect(status().isNotFound());
        mvc.perform(get("/rankings?page=two")).andExpect(status().isBadRequest());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
