package ai.scorecard.frontpage;

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

/** The front page leads with the headline comparison: the same scores, verdict and robustness as /compare. */
@SpringBootTest
@AutoConfigureMockMvc
class FrontPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFrontPageLeadsWithByteDanceAgainstAlibabaAsTheComparisonShowsIt() throws Exception {
        Document front = page("/");
        Document compare = page("/compare?left=bytedance&right=alibaba");

        assertThat(front.selectFirst("#headline-comparison h2").text()).isEqualTo("ByteDance vs Alibaba");
        for (String part : new String[] {".side-left .side-overall", ".side-right .side-overall", "#verdict",
                "#robustness", "#missing-facts"}) {
            assertThat(front.selectFirst("#headline-comparison " + part)).as(part).isNotNull();
            assertThat(front.selectFirst("#headline-comparison " + part).text()).as(part)
                    .isEqualTo(compare.selectFirst(part).text());
        }
        assertThat(front.selectFirst("#headline-link").attr("href")).isEqualTo("/compare?left=bytedance&right=alibaba");
    }

    @Test
    void theFrontPageListsTheLatestChangesAndTheBiggestMoversAsChangesDoes() throws Exception {
        Document front = page("/");
        Document changes = page("/changes");

        assertThat(front.select(".latest-change").eachAttr("data-fact")).isNotEmpty()
                .isEqualTo(changes.select(".fact-change").eachAttr("data-fact").subList(0, front.select(".latest-change").size()));
        assertThat(front.select(".mover").eachAttr("data-company")).isEqualTo(
                changes.select(".score-move").eachAttr("data-company").subList(0, front.select(".mover").size()));
        for (var mover : front.select(".mover")) {
            assertThat(mover.selectFirst(".move-total").text()).isEqualTo(changes.selectFirst(
                    ".score-move[data-company=" + mover.attr("data-company") + "] .move-total").text());
        }
        assertThat(front.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")).endsWith("/changes.atom");
    }

    @Test
    void theHeadlineReadsInChinese() throws Exception {
        Document front = page("/?lang=zh-CN");

        assertThat(front.selectFirst("#headline-comparison h2").text()).isEqualTo("字节跳动与阿里巴巴对比");
        assertThat(front.selectFirst("#headline-comparison #verdict").text()).isEqualTo(
                page("/compare?lang=zh-CN").selectFirst("#verdict").text());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
