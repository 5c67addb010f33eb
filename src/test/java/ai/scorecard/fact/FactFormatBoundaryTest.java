package ai.scorecard.fact;

import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Where a Chinese amount switches between plain digits, 万 and 亿, how halves round, and how the
 * qualifier, unit, rank and level of a fact read in each language.
 */
class FactFormatBoundaryTest {

    static final Locale CHINESE = FactFormatTest.CHINESE;

    final FactFormat format = new FactFormat(FactFormatTest.messages());

    @Test
    void chineseAmountsSwitchTo10kExactlyAt10000() {
        assertThat(format.compact(9_999, CHINESE)).isEqualTo("9,999");
        assertThat(format.compact(9_999.99, CHINESE)).isEqualTo("9,999.99");
        // Would print as 10,000 at two decimals, so it is one 万 already.
        assertThat(format.compact(9_999.995, CHINESE)).isEqualTo("1万");
        assertThat(format.compact(10_000, CHINESE)).isEqualTo("1万");
        assertThat(format.compact(10_001, CHINESE)).isEqualTo("1万");
    }

    @Test
    void chineseAmountsSwitchTo100mExactlyAt100Million() {
        assertThat(format.compact(99_999_949, CHINESE)).isEqualTo("9,999.99万");
        assertThat(format.compact(99_999_950, CHINESE)).isEqualTo("1亿");
        assertThat(format.compact(100_000_000, CHINESE)).isEqualTo("1亿");
        assertThat(format.compact(100_000_001, CHINESE)).isEqualTo("1亿");
        assertThat(format.compact(1_000_000_000_000d, CHINESE)).isEqualTo("1万亿");
        assertThat(format.compact(-35_000_000, CHINESE)).isEqualTo("-3,500万");
    }

    @Test
    void halvesRoundUpInBothLanguages() {
        assertThat(format.compact(11_250, CHINESE)).isEqualTo("1.13万");
        assertThat(format.compact(112_500_000, CHINESE)).isEqualTo("1.13亿");
        assertThat(format.compact(1_125_000_000, Locale.ENGLISH)).isEqualTo("1.13 billion");
        assertThat(format.compact(2_125_000, Locale.ENGLISH)).isEqualTo("2.13 million");
    }

    @Test
    void qualifiersAndUnitsReadInEachLanguage() {
        // A unit typed before units came from a list (a count's, here) is shown as typed, marked so in Chinese.
        Fact users = fact(Metric.DAU, new BigDecimal("120000000"), null, "web and app", null, Qualifier.ABOUT);
        assertThat(format.value(users, CHINESE)).isEqualTo("约 1.2亿（原文：web and app）");
        assertThat(format.value(users, Locale.ENGLISH)).isEqualTo("≈ 120 million (web and app)");

        Fact revenue = fact(Metric.ANNUAL_REVENUE, new BigDecimal("500000000"), null, null, "EUR", Qualifier.AT_MOST);
        assertThat(format.value(revenue, CHINESE)).isEqualTo("不超过 5亿欧元");
        assertThat(format.value(revenue, Locale.ENGLISH)).isEqualTo("≤ 500 million EUR");

        Fact exact = fact(Metric.PAID_USERS, new BigDecimal("35000"), null, null, null, Qualifier.EXACT);
        assertThat(format.value(exact, CHINESE)).isEqualTo("3.5万");
        assertThat(format.value(exact, Locale.ENGLISH)).isEqualTo("35 thousand");
    }

    @Test
    void ranksAndSharesReadInEachLanguage() {
        Fact rank = fact(Metric.NICHE_RANK, new BigDecimal("3.00"), null, null, null, Qualifier.EXACT);
        assertThat(format.value(rank, Locale.ENGLISH)).isEqualTo("No. 3");
        assertThat(format.value(rank, CHINESE)).isEqualTo("第 3 名");

        Fact second = fact(Metric.TOKEN_VOLUME_RANK, new BigDecimal("2"), null, "CHINA", null, Qualifier.AT_LEAST);
        assertThat(format.value(second, CHINESE)).isEqualTo("第 2 名或更靠后（国内）");
        assertThat(format.value(second, Locale.ENGLISH)).isEqualTo("No. 2 or below in China");

        Fact retention = fact(Metric.RETENTION_30D, new BigDecimal("42.5"), null, null, null, Qualifier.AT_LEAST);
        assertThat(format.value(retention, Locale.ENGLISH)).isEqualTo("≥ 42.5%");
        assertThat(format.value(retention, CHINESE)).isEqualTo("不低于 42.5%");
        assertThat(format.value(Metric.RETENTION_30D, new BigDecimal("42.5"), null, Qualifier.EXACT, CHINESE))
                .isEqualTo("42.5%");
    }

    @Test
    void aLevelReadsAsItsNameWithoutQualifierOrUnit() {
        Fact standing = fact(Metric.NICHE_STANDING, null, "LEADER", null, null, Qualifier.AT_LEAST);
        assertThat(format.value(standing, Locale.ENGLISH)).isEqualTo("Leader");
        assertThat(format.value(standing, CHINESE)).isEqualTo("领先者");
    }

    private static Fact fact(Metric metric, BigDecimal value, String level, String unit, String currency,
            Qualifier qualifier) {
        return new Fact(null, null, metric, value, level, unit, currency, qualifier, LocalDate.of(2026, 11, 29),
                false, Provenance.THIRD_PARTY, SourceFixtures.unsaved("Report", null, null), "Claim.", null, null);
    }
}
