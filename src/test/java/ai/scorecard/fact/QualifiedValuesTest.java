package ai.scorecard.fact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.source.SourceFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every qualifier with every kind of number, in both languages, reads as it is meant: a rank of at least 2
 * is 2nd or worse (第 2 名或更靠后, No. 2 or below), of at most 3 within the top 3 (前 3 名, top 3); an amount
 * of at least 10 billion is 不少于 100亿元. Each expected reading is written out, and a kind or qualifier
 * added without one fails the last test. Ranks carry their scope from the bundles, in the language's brackets.
 */
class QualifiedValuesTest {

    static final Locale CHINESE = FactFormatTest.CHINESE;

    final FactFormat format = new FactFormat(FactFormatTest.messages());

    private record Reading(Metric metric, String number, String unit, String currency, Qualifier qualifier,
            String chinese, String english) {
    }

    private static final List<Reading> READINGS = List.of(
            new Reading(Metric.NICHE_RANK, "2", null, null, Qualifier.EXACT, "第 2 名", "No. 2"),
            new Reading(Metric.NICHE_RANK, "2", null, null, Qualifier.AT_LEAST, "第 2 名或更靠后", "No. 2 or below"),
            new Reading(Metric.NICHE_RANK, "3", null, null, Qualifier.AT_MOST, "前 3 名", "top 3"),
            new Reading(Metric.NICHE_RANK, "2", null, null, Qualifier.ABOUT, "约第 2 名", "about No. 2"),
            new Reading(Metric.TOKEN_VOLUME_RANK, "1", "CHINA", null, Qualifier.EXACT, "第 1 名（国内）", "No. 1 in China"),
            new Reading(Metric.TOKEN_VOLUME_RANK, "3", "WORLDWIDE", null, Qualifier.AT_MOST, "前 3 名（全球）",
                    "top 3 worldwide"),
            new Reading(Metric.NICHE_RANK, "2", "NICHE", null, Qualifier.AT_LEAST, "第 2 名或更靠后（细分赛道内）",
                    "No. 2 or below in its niche"),
            new Reading(Metric.MODEL_BENCHMARK_RANK, "4", "BENCHMARK", null, Qualifier.ABOUT, "约第 4 名（评测榜单）",
                    "about No. 4 on benchmarks"),
            new Reading(Metric.ANNUAL_REVENUE, "10000000000", null, "CNY", Qualifier.EXACT, "100亿元", "10 billion CNY"),
            new Reading(Metric.ANNUAL_REVENUE, "10000000000", null, "CNY", Qualifier.AT_LEAST, "不少于 100亿元",
                    "≥ 10 billion CNY"),
            new Reading(Metric.MARKET_CAP, "35000000", null, "USD", Qualifier.AT_MOST, "不超过 3,500万美元",
                    "≤ 35 million USD"),
            new Reading(Metric.ANNUAL_REVENUE, "120000000", null, null, Qualifier.ABOUT, "约 1.2亿", "≈ 120 million"),
            new Reading(Metric.DAU, "150000000", null, null, Qualifier.EXACT, "1.5亿", "150 million"),
            new Reading(Metric.DAU, "150000000", null, null, Qualifier.AT_LEAST, "不少于 1.5亿", "≥ 150 million"),
            new Reading(Metric.PAID_USERS, "35000", null, null, Qualifier.AT_MOST, "不超过 3.5万", "≤ 35 thousand"),
            new Reading(Metric.MAU, "500000000", null, null, Qualifier.ABOUT, "约 5亿", "≈ 500 million"),
            new Reading(Metric.RETENTION_30D, "42.5", null, null, Qualifier.EXACT, "42.5%", "42.5%"),
            new Reading(Metric.RETENTION_30D, "42.5", null, null, Qualifier.AT_LEAST, "不低于 42.5%", "≥ 42.5%"),
            new Reading(Metric.RETENTION_30D, "30", null, null, Qualifier.AT_MOST, "不高于 30%", "≤ 30%"),
            new Reading(Metric.RETENTION_30D, "30", null, null, Qualifier.ABOUT, "约 30%", "≈ 30%"));

    @Test
    void everyQualifiedValueReadsAsMeantInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Reading reading : READINGS) {
            Fact fact = new Fact(null, null, reading.metric(), new BigDecimal(reading.number()), null, reading.unit(),
                    reading.currency(), reading.qualifier(), LocalDate.of(2026, 11, 29), false,
                    Provenance.THIRD_PARTY, SourceFixtures.unsaved("Report", null, null), "Claim.", null, null);
            check(problems, reading, "zh", format.value(fact, CHINESE), reading.chinese());
            check(problems, reading, "en", format.value(fact, Locale.ENGLISH), reading.english());
        }
        assertThat(problems).isEmpty();
    }

    /** A score's breakdown shows the same words, without currency or scope. */
    @Test
    void theBreakdownReadsTheSameWay() {
        assertThat(format.value(Metric.TOKEN_VOLUME_RANK, new BigDecimal("2"), null, Qualifier.AT_LEAST, CHINESE))
                .isEqualTo("第 2 名或更靠后");
        assertThat(format.value(Metric.TOKEN_VOLUME_RANK, new BigDecimal("3"), null, Qualifier.AT_MOST, Locale.ENGLISH))
                .isEqualTo("top 3");
        assertThat(format.value(Metric.ANNUAL_REVENUE, new BigDecimal("10000000000"), null, Qualifier.AT_LEAST,
                CHINESE)).isEqualTo("不少于 100亿");
    }

    @Test
    void everyKindOfNumberIsReadWithEveryQualifier() {
        Set<String> covered = new java.util.TreeSet<>();
        READINGS.forEach(reading -> covered.add(reading.metric().kind() + " " + reading.qualifier()));
        List<String> missing = new ArrayList<>();
        for (Metric.Kind kind : EnumSet.complementOf(EnumSet.of(Metric.Kind.LEVEL))) {
            for (Qualifier qualifier : Qualifier.values()) {
                if (!covered.contains(kind + " " + qualifier)) {
                    missing.add(kind + " " + qualifier);
                }
            }
        }
        assertThat(missing).as("kinds and qualifiers with no expected reading").isEmpty();
    }

    @Test
    void everyRankScopeIsNamedInBothLanguages() {
        for (RankScope scope : RankScope.values()) {
            Fact fact = new Fact(null, null, Metric.NICHE_RANK, BigDecimal.ONE, null, scope.name(), null,
                    Qualifier.EXACT, LocalDate.of(2026, 11, 29), false, Provenance.THIRD_PARTY,
                    SourceFixtures.unsaved("Report", null, null), "Claim.", null, null);
            assertThat(format.value(fact, CHINESE)).startsWith("第 1 名（").endsWith("）").doesNotContainPattern("[A-Za-z]");
            assertThat(format.value(fact, Locale.ENGLISH)).startsWith("No. 1 ").doesNotContain(scope.name());
        }
    }

    private static void check(List<String> problems, Reading reading, String language, String actual,
            String expected) {
        if (!actual.equals(expected)) {
            problems.add(reading.metric() + " " + reading.qualifier() + " " + language + ": \"" + actual
                    + "\", expected \"" + expected + "\"");
        }
    }
}
