package ai.scorecard.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 6: the seed says no more than the article does. Read straight from the seed's CSV
 * files and from the article's text (a copy under {@code src/test/resources/article}), so that a claim
 * that quotes or counts something the article does not say fails here, before any score is computed.
 */
class SeedCorrectionsTest {

    private static final String ARTICLE = text("/article/gate-square-post.txt");
    private static final List<CSVRecord> FACTS = csv("facts.csv");
    private static final List<CSVRecord> PRODUCTS = csv("products.csv");
    private static final List<CSVRecord> COMPANIES = csv("companies.csv");
    private static final List<CSVRecord> SOURCES = csv("sources.csv");

    @Test
    void larksIntegrationRestsOnWhatTheArticleSaysOfLarkNotOnTheFeishuPassageAmongAlibabasMoves() {
        CSVRecord integration = fact("lark", "INTEGRATION");
        assertThat(integration.get("level")).isEqualTo("PLATFORM");
        assertThat(integration.get("claim")).contains("recommended platform for integration")
                .doesNotContainIgnoringCase("knowledge").doesNotContainIgnoringCase("process")
                .doesNotContainIgnoringCase("productivity foundation").doesNotContainIgnoringCase("management tool");
        for (CSVRecord fact : factsAbout("lark")) {
            assertThat(fact.get("claim")).as(fact.get("metric")).doesNotContainIgnoringCase("automat")
                    .doesNotContain("Feishu");
        }
    }

    @Test
    void dingTalksMoraleIsOurReadingOfAPassageThatNamesOnlyChenHang() {
        CSVRecord morale = fact("dingtalk", "TEAM_MORALE");
        assertThat(morale.get("provenance")).isEqualTo("ANALYST_ESTIMATE");
        assertThat(morale.get("claim")).contains("the original founder Chen Hang (Wu Zhao)", "our reading")
                .doesNotContain("return");
        assertThat(product("dingtalk").get("summary")).contains("does not name it").doesNotContain("return");
    }

    @Test
    void marketCapsAreOurReadingOfFiguresPrintedWithoutUnitOrCurrency() {
        for (Map.Entry<String, String[]> company : Map.of("minimax", new String[] {"2526 billion", "252600000000"},
                "zhipu", new String[] {"2372 billion", "237200000000"}).entrySet()) {
            CSVRecord cap = fact(company.getKey(), "MARKET_CAP");
            assertThat(cap.get("provenance")).as(company.getKey()).isEqualTo("ANALYST_ESTIMATE");
            assertThat(cap.get("value")).isEqualTo(company.getValue()[1]);
            assertThat(cap.get("qualifier")).isEqualTo("ABOUT");
            assertThat(cap.get("currency")).isEmpty();
            assertThat(cap.get("claim")).contains("\"" + company.getValue()[0] + "\"", "no unit", "no currency",
                    "Our estimate");
        }
    }

    @Test
    void jianyingRevenueIsAtLeastTenBillionWithNeitherCurrencyNorPeriodInvented() {
        CSVRecord revenue = fact("jianying-capcut", "ANNUAL_REVENUE");
        assertThat(revenue.get("value")).isEqualTo("10000000000");
        assertThat(revenue.get("qualifier")).isEqualTo("AT_LEAST");
        assertThat(revenue.get("currency")).isEmpty();
        assertThat(revenue.get("claim")).contains("\"has long exceeded 10 billion\"", "no currency", "no period")
                .doesNotContain("yuan").doesNotContain("CNY");
    }

    /** English claims; a Chinese figure (亿) in one would be one the English article does not print. */
    @Test
    void everyNumberAndEveryQuotationInAClaimIsTheArticles() {
        Pattern digits = Pattern.compile("\\d+");
        Pattern quoted = Pattern.compile("\"([^\"]+)\"");
        String article = ARTICLE.toLowerCase(Locale.ROOT);
        for (CSVRecord fact : FACTS) {
            String claim = fact.get("claim");
            String where = fact.get("subject") + " " + fact.get("metric");
            assertThat(claim).as(where).doesNotContainPattern("\\p{IsHan}");
            Matcher number = digits.matcher(claim);
            while (number.find()) {
                assertThat(ARTICLE).as(where + ": " + number.group()).contains(number.group());
            }
            Matcher quotation = quoted.matcher(claim);
            while (quotation.find()) {
                assertThat(article).as(where).contains(quotation.group(1).toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void readingsTheArticleDoesNotStateAreEstimatesOrGone() {
        CSVRecord cloudRank = fact("alibaba-cloud", "TOKEN_VOLUME_RANK");
        assertThat(cloudRank.get("provenance")).isEqualTo("ANALYST_ESTIMATE");
        assertThat(cloudRank.get("value")).isEqualTo("2");
        assertThat(cloudRank.get("qualifier")).isEqualTo("AT_LEAST");
        assertThat(cloudRank.get("claim")).contains("gives Alibaba Cloud no rank", "our inference");
        // The article says the group's leaders lack application scenarios; it calls Qwen the best brain.
        assertThat(factsAbout("qwen")).extracting(f -> f.get("metric")).doesNotContain("PAIN_POINT_FIT");
        CSVRecord amapFit = fact("amap-ai", "PAIN_POINT_FIT");
        assertThat(amapFit.get("provenance")).isEqualTo("ANALYST_ESTIMATE");
        assertThat(amapFit.get("claim")).contains("does not say", "our reading");
    }

    @Test
    void traitsTheArticleNeverStatesAreUnknown() {
        Map<String, List<String>> unknown = Map.of(
                "growth_driver", List.of("volcano-engine", "taobao-ai", "amap-ai"),
                "integration_depth", List.of("jimeng", "jianying-capcut", "trae", "qwen", "alibaba-cloud", "amap-ai",
                        "doubao", "qianwen-app", "yuanbao"));
        unknown.forEach((trait, slugs) -> slugs.forEach(slug ->
                assertThat(product(slug).get(trait)).as(slug + " " + trait).isEqualTo("UNKNOWN")));
        // Nothing in the article says these earn money: launched, not monetized.
        for (String slug : List.of("volcano-engine", "lark", "alibaba-cloud")) {
            assertThat(product(slug).get("stage")).as(slug).isEqualTo("LAUNCHED");
        }
    }

    @Test
    void recordingDouIsAmongByteDancesNicheLeadersAndDoubaoMobileMayBeThePhone() {
        CSVRecord recordingDou = product("recording-dou");
        assertThat(recordingDou.get("company")).isEqualTo("bytedance");
        assertThat(recordingDou.get("name_zh")).isEqualTo("录音豆");
        assertThat(recordingDou.get("summary")).contains("are ours");
        CSVRecord standing = fact("recording-dou", "NICHE_STANDING");
        assertThat(standing.get("level")).isEqualTo("TOP_TIER");
        assertThat(standing.get("provenance")).isEqualTo("COMMENTARY");
        assertThat(ARTICLE).contains("Recording Dou are all highly acclaimed");
        CSVRecord doubao = fact("doubao", "NICHE_STANDING");
        assertThat(doubao.get("claim")).contains("\"Doubao mobile\"", "Doubao phone");
        assertThat(doubao.get("provenance")).isEqualTo("ANALYST_ESTIMATE");
    }

    /**
     * Issue 14, item 5: each record has the Chinese name its company uses in China. The Seed models are
     * sold as 豆包大模型 (Seed is the team that makes them), Yuanbao is 腾讯元宝, Amap is 高德地图.
     */
    @Test
    void chineseNamesAreTheOnesTheCompaniesUseInChina() {
        assertThat(COMPANIES).extracting(c -> c.get("slug") + " " + c.get("name_zh")).containsExactlyInAnyOrder(
                "bytedance 字节跳动", "alibaba 阿里巴巴", "tencent 腾讯", "minimax MiniMax", "zhipu 智谱");
        assertThat(PRODUCTS).extracting(p -> p.get("slug") + " " + p.get("name_zh")).containsExactlyInAnyOrder(
                "doubao 豆包", "volcano-engine 火山引擎", "seed-models 豆包大模型", "jimeng 即梦",
                "jianying-capcut 剪映 / CapCut", "lark 飞书", "trae Trae", "coze 扣子", "recording-dou 录音豆",
                "qwen 通义千问", "qianwen-app 千问 App", "alibaba-cloud 阿里云", "tongyi-lingma 通义灵码",
                "taobao-ai 淘宝 AI 功能", "amap-ai 高德地图 AI", "dingtalk 钉钉", "yuanbao 腾讯元宝",
                "minimax-models MiniMax 大模型", "glm GLM 大模型");
    }

    @Test
    void theArticleIsUndatedSoEveryFactsAsOfIsTheDayItWasRead() {
        assertThat(SOURCES).singleElement().satisfies(source -> {
            assertThat(source.get("key")).isEqualTo("article");
            assertThat(source.get("date")).isEmpty();
        });
        assertThat(FACTS).isNotEmpty().allSatisfy(fact -> {
            assertThat(fact.get("source")).isEqualTo("article");
            assertThat(fact.get("as_of_basis")).as(fact.get("subject") + " " + fact.get("metric")).isEqualTo("read");
        });
    }

    @Test
    void theSentenceOnResearchCarryingKpisCountsOnceForTheCompany() {
        assertThat(ARTICLE).contains("Alibaba Cloud and the Qwen team are jointly responsible for commercial KPIs");
        assertThat(FACTS).filteredOn(f -> f.get("level").equals("RESEARCH_CARRIES_KPI")).singleElement()
                .satisfies(f -> assertThat(f.get("subject_type") + " " + f.get("subject")).isEqualTo("company alibaba"));
        assertThat(FACTS).filteredOn(f -> f.get("claim").contains("commercial KPIs")).hasSize(1);
        assertThat(factsAbout("qwen")).extracting(f -> f.get("metric")).doesNotContain("RESEARCH_ORGANISATION");
    }

    private static CSVRecord fact(String subject, String metric) {
        return FACTS.stream().filter(f -> f.get("subject").equals(subject) && f.get("metric").equals(metric))
                .reduce((a, b) -> {
                    throw new AssertionError("Two " + metric + " facts about " + subject);
                }).orElseThrow(() -> new AssertionError("No " + metric + " fact about " + subject));
    }

    private static List<CSVRecord> factsAbout(String subject) {
        return FACTS.stream().filter(f -> f.get("subject").equals(subject)).toList();
    }

    private static CSVRecord product(String slug) {
        return PRODUCTS.stream().filter(p -> p.get("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("No product " + slug));
    }

    private static List<CSVRecord> csv(String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(open("/seed/" + file), StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(SeedCorrectionsTest.class.getResourceAsStream(resource), resource);
    }
}
