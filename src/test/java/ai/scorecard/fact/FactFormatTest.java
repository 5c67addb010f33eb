package ai.scorecard.fact;

import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Amounts, money and dates in each language, with the application's own message bundles. */
class FactFormatTest {

    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    final FactFormat format = new FactFormat(messages());

    @Test
    void chineseAmountsAreIn10kAnd100m() {
        assertThat(format.compact(120_000_000, CHINESE)).isEqualTo("1.2亿");
        assertThat(format.compact(35_000_000, CHINESE)).isEqualTo("3,500万");
        assertThat(format.compact(10_000_000_000d, CHINESE)).isEqualTo("100亿");
        assertThat(format.compact(252_600_000_000d, CHINESE)).isEqualTo("2,526亿");
        assertThat(format.compact(1_500_000_000_000d, CHINESE)).isEqualTo("1.5万亿");
        assertThat(format.compact(8_000, CHINESE)).isEqualTo("8,000");
        assertThat(format.compact(99_999_999, CHINESE)).isEqualTo("1亿");
        assertThat(format.compact(15_000, CHINESE)).isEqualTo("1.5万");
    }

    @Test
    void englishAmountsAreInMillionsAndBillions() {
        assertThat(format.compact(120_000_000, Locale.ENGLISH)).isEqualTo("120 million");
        assertThat(format.compact(1_200_000_000, Locale.ENGLISH)).isEqualTo("1.2 billion");
        assertThat(format.compact(35_000_000, Locale.ENGLISH)).isEqualTo("35 million");
        assertThat(format.compact(252_600_000_000d, Locale.ENGLISH)).isEqualTo("252.6 billion");
        // Another language chosen in the address reads as English, like the rest of the page.
        assertThat(format.compact(1_200_000_000, Locale.FRENCH)).isEqualTo("1.2 billion");
    }

    @Test
    void moneyCarriesTheCurrencyTheWayEachLanguageWritesIt() {
        assertThat(format.value(revenue("10000000000", "CNY"), Locale.ENGLISH)).isEqualTo("≥ 10 billion CNY");
        assertThat(format.value(revenue("10000000000", "CNY"), CHINESE)).isEqualTo("不少于 100亿元");
        assertThat(format.value(revenue("35000000", "USD"), CHINESE)).isEqualTo("不少于 3,500万美元");
        assertThat(format.value(revenue("35000000", "USD"), Locale.ENGLISH)).isEqualTo("≥ 35 million USD");
        // A currency without a Chinese name keeps its code.
        assertThat(format.value(revenue("120000000", "GBP"), CHINESE)).isEqualTo("不少于 1.2亿 GBP");
    }

    @Test
    void datesReadAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertThat(format.date(day, CHINESE)).isEqualTo("2026年11月29日");
        assertThat(format.date(day, Locale.ENGLISH)).isEqualTo("Nov 29, 2026");
        assertThat(format.date(LocalDate.of(2026, 3, 5), CHINESE)).isEqualTo("2026年3月5日");
        assertThat(format.date(null, CHINESE)).isEmpty();
    }

    private static Fact revenue(String value, String currency) {
        return new Fact(null, null, Metric.ANNUAL_REVENUE, new BigDecimal(value), null, null, currency,
                Qualifier.AT_LEAST, LocalDate.of(2026, 11, 29), false, Provenance.COMPANY_REPORTED,
                SourceFixtures.unsaved("Report", null, null), "Revenue.", null, null);
    }

    /** The application's own bundles, as the site reads them. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "charts", "history");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
