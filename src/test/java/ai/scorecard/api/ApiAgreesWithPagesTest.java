package ai.scorecard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API and the pages give the same numbers for every company and every product under every lens: the rankings
 * (every product), the styles map's table (every company) and the comparison, lens by lens; the company and product
 * pages, under the official lens they show. A page shows a score with one decimal and a share as a whole percentage,
 * so the API's full figure must round to what the page shows; an unknown figure is null in the API exactly where the
 * page says "unknown" or "not enough evidence".
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ApiAgreesWithPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyProductUnderEveryLensAsTheRankingsShowIt() throws Exception {
        for (String lens : lenses()) {
            JsonNode scores = json("/api/v1/scores?lens=" + lens);
            assertThat(scores.get("basis").get("lens").asString()).isEqualTo(lens);
            Document rankings = page("/rankings?lens=" + lens);
            Map<String, Element> ranked = bySlug(rankings.select("tr.ranked"), "data-product");
            Map<String, Element> unranked = bySlug(rankings.select("li.unranked-product"), "data-product");
            List<String> order = new ArrayList<>();
            for (JsonNode product : scores.get("products")) {
                String slug = product.get("slug").asString();
                order.add(slug);
                String where = lens + " " + slug;
                if (product.get("score").isNull()) {
                    assertThat(unranked).as(where).containsKey(slug);
                    assertThat(product.get("rank").isNull()).as(where).isTrue();
                    continue;
                }
                Element row = ranked.get(slug);
                assertThat(row).as(where).isNotNull();
                assertThat(row.selectFirst(".rank").text()).as(where).isEqualTo(product.get("rank").asString());
                assertScore(row.selectFirst(".overall").text(), product.get("score"), where);
                assertScore(row.selectFirst(".evidence-only").text(), product.get("evidence_only"), where);
                assertShare(row.selectFirst(".coverage").text(), product.get("coverage"), where);
                assertShare(row.selectFirst(".confidence").text(), product.get("confidence"), where);
                String[] range = row.selectFirst(".score-range").text().split("–");
                assertScore(range[0], product.get("range_low"), where);
                assertScore(range[1], product.get("range_high"), where);
            }
            assertThat(new TreeSet<>(order)).as(lens).isEqualTo(union(ranked, unranked));
            List<String> pageOrder = new ArrayList<>(rankings.select("tr.ranked").eachAttr("data-product"));
            pageOrder.addAll(rankings.select("li.unranked-product").eachAttr("data-product"));
            assertThat(order).as(lens + ": the ranking order").isEqualTo(pageOrder);
        }
    }

    @Test
    void everyCompanyUnderEveryLensAsTheStylesTableShowsIt() throws Exception {
        for (String lens : lenses()) {
            JsonNode scores = json("/api/v1/scores?lens=" + lens);
            Map<String, Element> rows = bySlug(page("/styles?lens=" + lens).select("tr.company"), "data-company");
            assertThat(rows.keySet()).as(lens).isEqualTo(new TreeSet<>(scores.get("companies").valueStream()
                    .map(company -> company.get("slug").asString()).toList()));
            for (JsonNode company : scores.get("companies")) {
                String where = lens + " " + company.get("slug").asString();
                Element row = rows.get(company.get("slug").asString());
                assertScore(row.selectFirst(".overall .figure").text(), company.get("score"), where);
                assertShare(row.selectFirst(".coverage").text(), company.get("coverage"), where);
                assertScore(row.selectFirst(".capability").text(), company.get("model_capability"), where);
                assertScore(row.selectFirst(".gap").text(), company.get("commercialization_gap"), where);
                String style = row.selectFirst(".style").text();
                if (company.get("style_index").isNull()) {
                    assertThat(style).as(where).isEqualTo("unknown");
                } else {
                    assertThat(Double.parseDouble(style)).as(where)
                            .isCloseTo(company.get("style_index").asDouble(), within(0.5 + 1e-9));
                }
            }
        }
    }

    @Test
    void theComparisonUnderEveryLensAsTheComparisonPageShowsIt() throws Exception {
        for (String lens : lenses()) {
            String query = "?left=bytedance&right=alibaba&lens=" + lens;
            JsonNode comparison = json("/api/v1/compare" + query);
            Document page = page("/compare" + query);
            for (String side : List.of("left", "right")) {
                JsonNode company = comparison.get(side);
                String where = lens + " " + side;
                Element card = page.selectFirst(".side[data-company=" + company.get("slug").asString() + "]");
                assertScore(card.selectFirst(".side-overall .figure").text(), company.get("score"), where);
                assertShare(card.selectFirst(".side-coverage").text(), company.get("coverage"), where);
                assertShare(card.selectFirst(".side-confidence").text(), company.get("confidence"), where);
            }
            for (JsonNode dimension : comparison.get("dimensions")) {
                Element row = page.selectFirst("tr.dimension[data-dimension=" + dimension.get("dimension").asString()
                        + "]");
                assertScore(row.selectFirst(".left").text(), dimension.get("left"), lens);
                assertScore(row.selectFirst(".right").text(), dimension.get("right"), lens);
            }
            String verdict = page.selectFirst("#verdict").text();
            assertThat(verdict).as(lens).startsWith("ByteDance leads Alibaba by ");
            assertThat(comparison.get("leader").asString()).isEqualTo("bytedance");
            assertScore(verdict.replaceAll(".* by ([0-9.]+) points.*", "$1"), comparison.get("margin"), lens);
            assertThat(page.select(".product-card").eachAttr("data-product")).as(lens)
                    .containsExactlyInAnyOrderElementsOf(comparison.get("categories").valueStream()
                            .flatMap(row -> java.util.stream.Stream.concat(row.get("left").valueStream(),
                                    row.get("right").valueStream()))
                            .map(product -> product.get("slug").asString()).toList());
        }
    }

    @Test
    void everyCompanyAndProductPageShowsTheApisOfficialScores() throws Exception {
        for (JsonNode listed : json("/api/v1/companies").get("items")) {
            String slug = listed.get("slug").asString();
            JsonNode company = json("/api/v1/companies/" + slug);
            Document page = page("/companies/" + slug);
            assertHeadline(page, company.get("score"), slug);
            for (JsonNode product : company.get("products")) {
                Element row = page.selectFirst("tr.contribution[data-product=" + product.get("slug").asString() + "]");
                assertScore(row.selectFirst(".product-overall .figure").text(), product.get("score"), slug);
                JsonNode detail = json("/api/v1/products/" + product.get("slug").asString());
                assertThat(detail.get("score")).isEqualTo(product);
                assertHeadline(page("/products/" + product.get("slug").asString()), detail.get("score"),
                        product.get("slug").asString());
            }
        }
    }

    private void assertHeadline(Document page, JsonNode score, String where) {
        assertScore(page.selectFirst(".score-overall .figure").text(), score.get("score"), where);
        assertShare(page.selectFirst(".score-coverage").text(), score.get("coverage"), where);
        assertShare(page.selectFirst(".score-confidence").text(), score.get("confidence"), where);
        Element evidenceOnly = page.selectFirst(".score-evidence-only");
        if (score.get("score").isNull()) {
            assertThat(evidenceOnly).as(where).isNull();
        } else {
            assertScore(evidenceOnly.text(), score.get("evidence_only"), where);
        }
    }

    /** A 0–100 figure as a page shows it: one decimal, or a word for unknown. */
    private static void assertScore(String shown, JsonNode value, String where) {
        if (value.isNull()) {
            assertThat(shown).as(where).isIn("unknown", "not enough evidence");
        } else {
            assertThat(Double.parseDouble(shown)).as(where + ": " + shown).isCloseTo(value.asDouble(), within(0.05 + 1e-9));
        }
    }

    /** A 0–1 share as a page shows it: a whole percentage. */
    private static void assertShare(String shown, JsonNode value, String where) {
        assertThat(shown).as(where).endsWith("%");
        assertThat(Double.parseDouble(shown.replace("%", ""))).as(where + ": " + shown)
                .isCloseTo(100 * value.asDouble(), within(0.5 + 1e-9));
    }

    private List<String> lenses() throws Exception {
        List<String> lenses = json("/api/v1/methodology").get("lenses").valueStream()
                .map(lens -> lens.get("code").asString()).toList();
        assertThat(lenses).hasSize(4);
        return lenses;
    }

    private static Map<String, Element> bySlug(List<Element> elements, String attribute) {
        Map<String, Element> bySlug = new TreeMap<>();
        elements.forEach(element -> bySlug.put(element.attr(attribute), element));
        return bySlug;
    }

    private static TreeSet<String> union(Map<String, Element> a, Map<String, Element> b) {
        TreeSet<String> union = new TreeSet<>(a.keySet());
        union.addAll(b.keySet());
        return union;
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return JsonMapper.shared().readTree(response.getContentAsString());
    }
}
