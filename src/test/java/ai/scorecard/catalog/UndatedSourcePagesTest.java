package ai.scorecard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article is undated: wherever a fact from it or its source shows, the page says the date is unknown,
 * and the as-of date says it is the day the article was read, not a day the article gave.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UndatedSourcePagesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''           | (date unknown) | Nov 29, 2026 (date read; the source is undated) | Alibaba's models are leading",
            "?lang=zh-CN  | （日期不详）      | 2026年11月29日（阅读日期；来源未注明日期）                | 阿里的模型领先"})
    void aProductsFactsAndBreakdownSayTheArticleIsUndated(String query, String dateUnknown, String asOf,
            String title) throws Exception {
        Document doubao = page("/products/doubao" + query);
        Element fact = doubao.selectFirst("#current-facts tr.fact");
        assertThat(fact.selectFirst(".fact-source").text()).contains(title)
                .endsWith(dateUnknown);
        assertThat(fact.selectFirst(".fact-as-of").text()).isEqualTo(asOf);
        assertThat(doubao.select("#current-facts .fact-as-of-read")).hasSameSizeAs(doubao.select("#current-facts tr.fact"));
        // The score's breakdown names the source too, with the same warning.
        Element evidence = doubao.selectFirst("table.breakdown tr.indicator.known td.evidence:has(a)");
        assertThat(evidence.selectFirst(".source-date-unknown").text()).isEqualTo(dateUnknown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | (date unknown) | , date unknown", "?lang=zh-CN | （日期不详） | ，日期不详"})
    void theCompanyPageAndTheComparisonSayItToo(String query, String dateUnknown, String inComparison)
            throws Exception {
        Document bytedance = page("/companies/bytedance" + query);
        assertThat(bytedance.select("#current-facts .fact-source .source-date-unknown")).isNotEmpty()
                .allSatisfy(note -> assertThat(note.text()).isEqualTo(dateUnknown));
        assertThat(bytedance.select("table.style-reasons .source-date-unknown")).isNotEmpty()
                .allSatisfy(note -> assertThat(note.text()).isEqualTo(dateUnknown));
        Document compare = page("/compare" + query);
        assertThat(compare.select("li.key-fact")).isNotEmpty()
                .allSatisfy(keyFact -> assertThat(keyFact.text()).contains(inComparison));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
