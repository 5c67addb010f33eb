package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two and a half years after the article every seed fact is past the one-year freshness window, and only
 * the editors' traits are left. Version 1 still ranks all 19 products and has ByteDance lead by 30.5 points
 * on those traits alone; from version 2 every page says "not enough evidence" instead.
 */
@SpringBootTest(properties = "scorecard.today=2029-06-01")
@AutoConfigureMockMvc
class StaleEvidencePagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void noPageShowsANumberMadeOfTraitsAlone() throws Exception {
        Document rankings = page("/rankings");
        assertThat(rankings.select("tr.ranked")).isEmpty();
        assertThat(rankings.select("li.unranked-product")).hasSizeGreaterThanOrEqualTo(18);

        Document styles = page("/styles");
        assertThat(styles.select("#style-map svg a.point")).isEmpty();
        assertThat(styles.select(".unplaced a").eachAttr("data-company"))
                .containsExactlyInAnyOrder("alibaba", "bytedance", "minimax", "tencent", "zhipu");
        assertThat(styles.select(".style-table .overall").eachText()).allMatch(text -> text.equals("not enough evidence"));

        Document compare = page("/compare");
        assertThat(compare.select(".side-overall").eachText()).containsExactly("not enough evidence", "not enough evidence");
        assertThat(compare.selectFirst("#verdict").text())
                .isEqualTo("No leader is called: neither ByteDance nor Alibaba has enough sourced evidence for a score.");
        assertThat(compare.select("#robustness, #missing-facts")).isEmpty();

        Document company = page("/companies/bytedance");
        assertThat(company.selectFirst(".score-overall").text()).isEqualTo("not enough evidence");
        assertThat(company.select(".contribution .product-overall .figure").eachText())
                .allMatch(text -> text.equals("not enough evidence"));

        Document product = page("/products/doubao");
        assertThat(product.selectFirst(".score-overall").text()).isEqualTo("not enough evidence");
        assertThat(product.selectFirst(".score-evidence").text()).contains("has 0 in 0");
    }

    @Test
    void chinesePagesSayItInChinese() throws Exception {
        assertThat(page("/rankings?lang=zh-CN").selectFirst(".unranked h2").text()).isEqualTo("证据不足，未参与排名");
        assertThat(page("/compare?lang=zh-CN").select(".side-overall").eachText()).containsExactly("证据不足", "证据不足");
        assertThat(page("/companies/alibaba?lang=zh-CN").selectFirst(".score-overall").text()).isEqualTo("证据不足");
    }

    @Test
    void versionOneStillScoresTheTraitsAsItAlwaysDid() throws Exception {
        Document compare = page("/compare?version=1");
        // 30.6 points on the seed as it stood before issue 10 corrected it; 30.5 on the corrected one.
        assertThat(compare.selectFirst("#verdict").text()).isEqualTo("ByteDance leads Alibaba by 30.5 points.");
        assertThat(page("/rankings?version=1").select("tr.ranked")).hasSize(19);
        assertThat(page("/companies/bytedance?version=1").selectFirst(".score-overall").text()).matches("\\d+\\.\\d");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
