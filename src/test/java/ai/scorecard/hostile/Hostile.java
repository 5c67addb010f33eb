package ai.scorecard.hostile;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** What a hostile or careless user types into a field or a URL. */
final class Hostile {

    /** Markup that must never come back unescaped; each piece marks itself so a page can be searched for it. */
    static final List<String> MARKUP = List.of("<script id=hostile>", "<b class=hostile>", "<img class=hostile",
            "\" onmouseover=\"", "' onfocus='", "</textarea><b");

    private static final List<String> PAYLOADS = List.of("<script id=hostile>alert(1)</script>",
            "<b class=hostile>bold</b>", "<img class=hostile src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='", "</textarea><b class=hostile>x</b>", "javascript:alert(1)",
            "[[${7*7}]]", "__${T(Runtime).getRuntime()}__::.x", "{{7*7}}", "]]><!--", "&lt;&amp;&#0;");

    private static final List<String> SQL = List.of("' OR '1'='1", "'; DROP TABLE fact; --", "\\", "%", "_%",
            "1; select pg_sleep(5)", "\"", "'", "NULL", "null", "undefined", "$1", "?", "../../etc/passwd",
            "%00", "%2e%2e%2f", "a/b", "a;b", "a#b", ".", "..");

    private static final List<String> NUMBERS = List.of("NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-1e309",
            "1e-400", "-1", "-0", "0", "0.0000001", "99999999999999999999999999999999999999",
            "-99999999999999999999999999999999999999", "9223372036854775808", "-9223372036854775809",
            "2147483648", "-2147483649", "0x10", "1_000", " 1", "1 ", "1,5", "1.2.3", "١٢٣", "１２", "+1", "1e2",
            "", " ", "true", "-", ".");

    private static final List<String> DATES = List.of("-999999999-01-01", "+999999999-12-31", "-4714-12-31",
            "-4713-11-24", "0000-01-01", "0001-01-01", "1582-10-10", "1582-10-04", "1899-12-31", "1969-12-31",
            "1989-12-31", "1990-01-01", "2026-02-30", "2026-13-01", "99999-01-01", "+10000-01-01", "2026-1-1",
            "20261201", "2026-12-01T00:00", "2031-12-02", "2100-01-01", "");

    private Hostile() {
    }

    /** Any text: payloads, SQL-ish strings, CJK and right-to-left text, control characters, very long text. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                weighted(3, payload()),
                weighted(2, Arbitraries.of(SQL)),
                weighted(2, Arbitraries.strings().ofMaxLength(40)),
                weighted(1, Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1).ofMaxLength(130)),
                weighted(1, Arbitraries.strings().withChars("\u202e\u200f\u202b\u061c\u0627\u05d0 ab").ofMinLength(1)
                        .ofMaxLength(20)),
                weighted(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5)
                        .map(control -> "a" + control + "b")),
                weighted(1, Arbitraries.of("\u0000", "a\u0000b", "\ud800", "a\udfffb", "\ufeff", "\ufffe", "\u00a0",
                        "\u2028", "😀", "e\u0301")),
                weighted(1, Arbitraries.integers().between(121, 5000).map("x"::repeat)),
                weighted(1, Arbitraries.just("y".repeat(100_000))));
    }

    /** Markup and template syntax, alone or inside ordinary words. */
    static Arbitrary<String> payload() {
        return Combinators.combine(Arbitraries.of("", "Name ", "名称", "\n"), Arbitraries.of(PAYLOADS),
                Arbitraries.of("", " tail", "\u202e")).as((before, markup, after) -> before + markup + after);
    }

    static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.of(NUMBERS)),
                weighted(1, Arbitraries.longs().map(String::valueOf)),
                weighted(1, Arbitraries.doubles().map(String::valueOf)),
                weighted(1, Arbitraries.bigDecimals().ofScale(6).map(d -> d.toPlainString())));
    }

    /** Dates at the ends of what Java, H2 and PostgreSQL can hold, malformed ones, and ordinary ones. */
    static Arbitrary<String> date() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.of(DATES)),
                weighted(1, Combinators.combine(Arbitraries.integers().between(Year.MIN_VALUE, Year.MAX_VALUE),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                        .as((year, month, day) -> LocalDate.of(year, month, day).toString())),
                weighted(1, Combinators.combine(Arbitraries.integers().between(1000, 3000),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                        .as((year, month, day) -> LocalDate.of(year, month, day).toString())));
    }

    /** Anything at all, for any field: a field that expects a number gets text and dates too. */
    static Arbitrary<String> anything() {
        return Arbitraries.oneOf(text(), number(), date());
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> values) {
        return Tuple.of(weight, values);
    }
}
