package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders each fragment as a page would and reads the result back as a browser would parse it. */
class ChartRenderingTest {

    /** One way to draw each kind of chart. */
    record Kind(String name, String fragment, Function<Locale, Object> chart) {

        String render(Locale locale) {
            return ChartRenderer.page(fragment, chart.apply(locale), locale);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("diverging bars", "divergingBars(${chart}, 'cmp', 'By dimension')", Fixtures::divergingBars),
                new Kind("radar", "radar(${chart}, 'profile', 'Profile')", Fixtures::radar),
                new Kind("style scale", "styleScale(${chart}, 'style', 'Between the playbooks')", Fixtures::styleScale),
                new Kind("gap bars", "gapBars(${chart}, 'gap', 'Commercialization gap')", Fixtures::gapBars),
                new Kind("quadrant", "quadrant(${chart}, 'map', 'Map of the playbooks')", Fixtures::quadrant));
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static String prefix(Kind kind) {
        return kind.fragment().replaceAll(".*\\$\\{chart}, '([^']+)'.*", "$1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void isAFigureWithAnAccessibleSvgImageAndATable(Kind kind) {
        Document page = parse(kind.render(Locale.ENGLISH));
        String id = prefix(kind);

        Element figure = page.selectFirst("main > figure");
        assertThat(figure).isNotNull();
        assertThat(figure.id()).isEqualTo(id);
        assertThat(figure.select("> figcaption").text()).isNotBlank();
        Element svg = figure.selectFirst("> svg");
        assertThat(svg).isNotNull();
        // A chart whose marks are links is a group (an image's children are not reachable, so links in it would
        // be nested interactive content); the others are one image.
        assertThat(svg.attr("role")).isEqualTo(svg.select("a[href]").isEmpty() ? "img" : "group");
        assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title");
        assertThat(svg.attr("aria-describedby")).isEqualTo(id + "-desc");
        Element title = svg.selectFirst("> title");
        assertThat(title.id()).isEqualTo(id + "-title");
        assertThat(title.text()).isEqualTo(figure.select("> figcaption").text());
        Element desc = svg.selectFirst("> desc");
        assertThat(desc.id()).isEqualTo(id + "-desc");
        assertThat(desc.text()).isNotBlank();
        // Scales with its container: a viewBox and a relative width, never a width in pixels.
        assertThat(svg.attr("viewbox")).matches("(-?\\d+(\\.\\d)? ){3}\\d+(\\.\\d)?");
        assertThat(svg.attr("width")).isEqualTo("100%");
        // Sized by the stylesheet: the CSP refuses style attributes, and a browser reports each refusal.
        assertThat(svg.classNames()).contains("chart-svg");
        assertThat(figure.select("[style]")).isEmpty();
        assertThat(svg.select("table")).isEmpty();
        assertThat(figure.select("> details > summary").text()).isEqualTo("The numbers of this chart");
        assertThat(figure.select("> details table")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void writesViewBoxInItsSvgCase(Kind kind) {
        assertThat(kind.render(Locale.ENGLISH)).contains(" viewBox=\"").doesNotContain("viewbox=");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void escapesWhatEditorsTyped(Kind kind) {
        String html = kind.render(Locale.ENGLISH);
        Document page = parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.select("figure").text()).contains(HOSTILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyWordComesFromTheBundle(Kind kind) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(kind.render(locale)).doesNotContain("??");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void coordinatesHaveADotEvenWhereFiguresHaveACommaAndNoIdRepeats(Kind kind) {
        Document page = parse(kind.render(Locale.GERMANY));

        Pattern number = Pattern.compile("-?\\d+(\\.\\d+)?");
        for (Element e : page.select("svg *")) {
            for (String name : List.of("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height")) {
                if (e.hasAttr(name) && !"svg".equals(e.tagName())) {
                    assertThat(e.attr(name)).as("%s of <%s>", name, e.tagName()).matches(number);
                }
            }
            if (e.hasAttr("points")) {
                assertThat(e.attr("points")).matches("(-?\\d+\\.\\d,-?\\d+\\.\\d ?)+");
            }
        }
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void twoChartsOfOneKindOnAPageKeepTheirIdsApart() {
        String html = ChartRenderer.page(Map.of("a", Fixtures.divergingBars(Locale.ENGLISH), "b", Fixtures.radar(Locale.ENGLISH),
                        "c", Fixtures.divergingBars(Locale.ENGLISH)), Locale.ENGLISH,
                "divergingBars(${a}, 'first', 'One')", "radar(${b}, 'second', 'Two')", "divergingBars(${c}, 'third', 'Three')");
        Document page = parse(html);

        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().contains("first-title", "second-title", "third-title", "first-hatch",
                "third-hatch");
        // Each bar's pattern is the one of its own chart.
        assertThat(page.select("#third rect.bar-right").eachAttr("fill")).containsOnly("url(#third-hatch)");
    }

    private static List<String> column(Element figure, int column) {
        return figure.select("details tbody tr").stream()
                .map(tr -> tr.select("th, td").get(column).text())
                .toList();
    }

    @Nested
    class DivergingBarsPage {

        private final Element figure = parse(ChartRenderer.page("divergingBars(${chart}, 'cmp', 'By dimension')",
                Fixtures.divergingBars(Locale.ENGLISH), Locale.ENGLISH)).selectFirst("figure");

        @Test
        void tableHoldsTheFiguresTheBarsAreLabelledWith() {
            assertThat(column(figure, 0)).containsExactly("Monetization", "Adoption", "Growth quality",
                    "Workflow integration", "Execution");
            assertThat(column(figure, 1)).containsExactly("82.0", "90.0", "unknown", "75.0", "60.0");
            assertThat(column(figure, 2)).containsExactly("35.6", "70.0", "40.0", "75.0", "64.0");
            assertThat(figure.select("svg text.value-left").eachText()).isEqualTo(column(figure, 1));
            assertThat(figure.select("svg text.value-right").eachText()).isEqualTo(column(figure, 2));
            assertThat(figure.select("svg text[font-weight=bold]").eachText()).containsSubsequence(column(figure, 0));
        }

        @Test
        void unknownIsANoteNotABar() {
            Element row = figure.select("svg g.chart-row").get(2);
            assertThat(row.select("rect.bar-left")).isEmpty();
            assertThat(row.select("rect.bar-right")).hasSize(1);
            assertThat(row.select("text.unknown").text()).isEqualTo("unknown");
            assertThat(figure.select("svg rect.bar-left")).hasSize(4);
        }

        @Test
        void leadersAreMarkedWithASymbolAndAWord() {
            Elements rows = figure.select("svg g.chart-row");
            assertThat(rows.get(0).text()).contains("▲ leads");
            assertThat(rows.get(1).text()).contains("▲ leads");
            assertThat(rows.get(2).text()).doesNotContain("leads").doesNotContain("tie");
            assertThat(rows.get(3).text()).contains("= tie");
            assertThat(rows.get(4).text()).contains("leads ▲");
            assertThat(column(figure, 3)).containsExactly("▲ ByteDance", "▲ ByteDance", "cannot tell (unknown)", "tie",
                    "▲ " + HOSTILE);
        }

        @Test
        void namesBothCompaniesAtTheTopAndTellsWhoLeadsHowOften() {
            assertThat(figure.select("svg g.chart-legend text").eachText()).containsExactly("ByteDance", HOSTILE);
            assertThat(figure.select("svg desc").text()).contains("ByteDance leads in 2 and " + HOSTILE + " in 1 of 5");
            // The right company's bars differ by pattern, not only by colour.
            assertThat(figure.select("svg pattern#cmp-hatch line")).hasSize(1);
        }
    }

    @Nested
    class RadarPage {

        private final Element figure = parse(ChartRenderer.page("radar(${chart}, 'profile', 'Profile')",
                Fixtures.radar(Locale.ENGLISH), Locale.ENGLISH)).selectFirst("figure");

        @Test
        void tableHoldsTheScoresOfBothOutlines() {
            assertThat(column(figure, 1)).containsExactly("82.0", "90.0", "unknown", "75.0", "60.0");
            assertThat(column(figure, 2)).containsExactly("35.6", "70.0", "40.0", "75.0", "64.0");
        }

        @Test
        void theUnknownAxisIsNamedAndTheLeftOutlineIsBrokenThere() {
            assertThat(figure.select("svg .chart-axis-labels text").get(2).select("tspan").eachText())
                    .containsExactly("Growth quality", "○ ByteDance: unknown");
            assertThat(figure.select("svg .trace-left polygon")).isEmpty();
            assertThat(figure.select("svg .trace-left polyline")).hasSize(1);
            assertThat(figure.select("svg .trace-left path")).hasSize(4);
            assertThat(figure.select("svg .trace-right polygon").attr("stroke-dasharray")).isNotBlank();
            assertThat(figure.select("svg .trace-right path")).hasSize(5);
        }

        @Test
        void gridlinesAtQuarters() {
            assertThat(figure.select("svg .chart-grid polygon")).hasSize(4);
            assertThat(figure.select("svg .chart-grid-labels text").eachText()).containsExactly("25", "50", "75", "100");
        }
    }

    @Nested
    class StyleScalePage {

        private final Element figure = parse(ChartRenderer.page("styleScale(${chart}, 'style', 'Style')",
                Fixtures.styleScale(Locale.ENGLISH), Locale.ENGLISH)).selectFirst("figure");

        @Test
        void labelsAndTableAgree() {
            assertThat(figure.select("svg g.marker:not(.unknown) text").eachText())
                    .containsExactly("ByteDance +62.0", HOSTILE + " -48.3");
            assertThat(column(figure, 0)).containsExactly("ByteDance", HOSTILE, "Zhipu");
            assertThat(column(figure, 1)).containsExactly("+62.0", "-48.3", "unknown");
        }

        @Test
        void unknownIsListedUnderTheScaleWithAHollowMark() {
            Element unknown = figure.selectFirst("svg g.marker.unknown");
            assertThat(unknown.text()).isEqualTo("Zhipu: unknown");
            assertThat(unknown.selectFirst("path").attr("fill")).isEqualTo("none");
        }

        @Test
        void theEndsAreNamedAfterThePlaybooks() {
            assertThat(figure.select("svg .chart-ends text").eachText())
                    .containsExactly("◀ Alibaba-style", "ByteDance-style ▶");
            assertThat(figure.select("svg .chart-ticks text").eachText()).containsExactly("-100", "-50", "0", "+50", "+100");
        }
    }

    @Nested
    class GapBarsPage {

        private final Element figure = parse(ChartRenderer.page("gapBars(${chart}, 'gap', 'Gap')",
                Fixtures.gapBars(Locale.ENGLISH), Locale.ENGLISH)).selectFirst("figure");

        @Test
        void labelsAndTableAgree() {
            assertThat(column(figure, 1)).containsExactly("85.0", "92.0", "unknown");
            assertThat(column(figure, 2)).containsExactly("78.0", "40.0", "30.0");
            assertThat(column(figure, 3)).containsExactly("+7.0", "+52.0", "unknown");
            Elements companies = figure.select("svg g.company");
            assertThat(companies.eachText()).containsExactly(
                    "ByteDance Gap +7.0 85.0 78.0", HOSTILE + " Gap +52.0 92.0 40.0", "Zhipu Gap unknown unknown 30.0");
        }

        @Test
        void unknownCapabilityDrawsNoBarAndNoGapMark() {
            Element zhipu = figure.select("svg g.company").get(2);
            assertThat(zhipu.select("rect.bar-capability")).isEmpty();
            assertThat(zhipu.select("rect.bar-commercialization")).hasSize(1);
            assertThat(zhipu.select("line.gap-mark")).isEmpty();
            assertThat(figure.select("svg line.gap-mark")).hasSize(2);
        }
    }

    @Nested
    class QuadrantPage {

        private final Element figure = parse(ChartRenderer.page("quadrant(${chart}, 'map', 'Map')",
                Fixtures.quadrant(Locale.ENGLISH), Locale.ENGLISH)).selectFirst("figure");

        @Test
        void eachPlottedCompanyIsALinkToItsPage() {
            Elements links = figure.select("svg a.point");
            assertThat(links.eachAttr("href")).containsExactlyInAnyOrder("/app/companies/bytedance",
                    "/app/companies/alibaba", "/app/companies/tencent");
            assertThat(links.select("> text").eachText()).containsExactlyInAnyOrder("ByteDance", "Alibaba", "Tencent");
            assertThat(figure.select("details tbody th a").eachAttr("href")).containsExactly("/app/companies/bytedance",
                    "/app/companies/alibaba", "/app/companies/tencent", "/app/companies/hostile");
        }

        @Test
        void unknownCapabilityIsAHollowPoint() {
            Element tencent = figure.select("svg a.point").stream()
                    .filter(a -> a.text().endsWith("Tencent")).findFirst().orElseThrow();
            assertThat(tencent.selectFirst("circle").attr("fill-opacity")).isEqualTo("0");
            assertThat(tencent.selectFirst("title").text())
                    .isEqualTo("Tencent: style index +55.0, commercialization score 74.0, model capability unknown");
        }

        @Test
        void aCompanyThatCannotBePlacedIsListedAsUnknown() {
            assertThat(column(figure, 0)).containsExactly("ByteDance", "Alibaba", "Tencent", HOSTILE);
            assertThat(column(figure, 1)).containsExactly("+62.0", "-48.0", "+55.0", "unknown");
            assertThat(column(figure, 2)).containsExactly("78.0", "40.0", "74.0", "20.0");
            assertThat(column(figure, 3)).containsExactly("85.0", "92.0", "unknown", "unknown");
            assertThat(figure.select("p.chart-note").text()).endsWith("unknown: " + HOSTILE);
            assertThat(figure.select("svg").text()).doesNotContain(HOSTILE);
        }

        @Test
        void quadrantsAreNamed() {
            assertThat(figure.select("svg .chart-quadrants text").eachAttr("text-anchor"))
                    .containsExactly("start", "end", "start", "end");
            assertThat(figure.select("svg .chart-quadrants text").stream()
                    .map(text -> String.join(" ", text.select("tspan").eachText()))).containsExactlyInAnyOrder(
                    "Alibaba-style commercializes well", "ByteDance-style commercializes well",
                    "Alibaba-style commercializes poorly", "ByteDance-style commercializes poorly");
        }
    }

    @Nested
    class InChinese {

        @Test
        void theChineseBundleGivesChineseWords() {
            Document bars = parse(ChartRenderer.page("divergingBars(${chart}, 'cmp', '按维度')",
                    Fixtures.divergingBars(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE));
            assertThat(bars.select("summary").text()).isEqualTo("本图表的数据");
            assertThat(bars.select("svg g.chart-row").get(0).text()).contains("▲ 领先");
            assertThat(bars.select("svg text.unknown").text()).isEqualTo("未知");
            assertThat(bars.select("thead th").eachText()).contains("维度", "领先者");
            assertThat(bars.text()).doesNotContain("unknown").doesNotContain("leads");

            Document map = parse(ChartRenderer.page("quadrant(${chart}, 'map', '地图')",
                    Fixtures.quadrant(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE));
            assertThat(map.select("svg .chart-quadrants tspan").eachText()).contains("字节式", "阿里式", "商业化好", "商业化差");
            assertThat(map.select("p.chart-note").text()).startsWith("未画在图上");
        }

        @Test
        void theTaiwanAndHongKongLocalesFallBackToTheChineseBundleToo() {
            // ResourceBundle falls back from zh_TW to zh: better Simplified Chinese than English for a Chinese reader.
            Document page = parse(ChartRenderer.page("styleScale(${chart}, 'style', '风格')",
                    Fixtures.styleScale(Locale.TRADITIONAL_CHINESE), Locale.TRADITIONAL_CHINESE));
            assertThat(page.select("svg .chart-ends text").eachText()).containsExactly("◀ 阿里式", "字节式 ▶");
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryKeyTheChartsUse() throws Exception {
        java.util.Properties english = load("charts.properties");
        java.util.Properties chinese = load("charts_zh.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());

        String template;
        try (var in = getClass().getClassLoader().getResourceAsStream("templates/fragments/charts.html")) {
            template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Set<String> used = new HashSet<>();
        var keys = Pattern.compile("#\\{(chart\\.[A-Za-z.]+)").matcher(template);
        while (keys.find()) {
            used.add(keys.group(1));
        }
        var quoted = Pattern.compile("msg\\('(chart\\.[A-Za-z.]+)'\\)").matcher(template);
        while (quoted.find()) {
            used.add(quoted.group(1));
        }
        // The comparison's charts, drawn in Java, ask for their words by key.
        String figures = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/ai/scorecard/chart/Figures.java"));
        var drawn = Pattern.compile("words\\.of\\(\"(chart\\.[A-Za-z.]+)\"").matcher(figures);
        while (drawn.find()) {
            used.add(drawn.group(1));
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(english.stringPropertyNames()).containsAll(used);
        // Every Chinese message is written in Chinese, not left in English.
        for (String key : chinese.stringPropertyNames()) {
            assertThat(chinese.getProperty(key).codePoints().anyMatch(TextMetrics::wide)).as(key).isTrue();
        }
    }

    private static java.util.Properties load(String name) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ChartRenderingTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
