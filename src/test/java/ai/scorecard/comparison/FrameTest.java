package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A frame is split at its marks once and filled for each pair; rows the pair does not have are left out whole. */
class FrameTest {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    @Test
    void everyMarkIsFilledAndARowThePairHasNotIsLeftOut() {
        Frame frame = Frame.of("<h1>" + mark("left.name") + " vs " + mark("right.name") + "</h1>"
                + mark("row:category:CODING") + "<div>coding " + mark("leader:category:CODING") + "</div>" + mark("end")
                + mark("row:category:VIDEO") + "<div>video " + mark("left.column:VIDEO") + "</div>" + mark("end")
                + "<p>" + mark("reading") + "</p>", "neither");

        Map<String, String> pieces = Map.of("left.name", "ByteDance", "right.name", "Alibaba &amp; Co",
                "leader:category:CODING", "▲ ByteDance", "reading", "ByteDance leads.");
        String html = frame.join(new Frame.Filling() {
            @Override
            public String piece(Frame.Slot slot) {
                return pieces.get(slot.side() == null ? slot.name() : slot.side() + "." + slot.name());
            }

            @Override
            public boolean shows(String row) {
                return Set.of("category:CODING").contains(row);
            }
        }, 100);

        assertThat(html).isEqualTo(
                "<h1>ByteDance vs Alibaba &amp; Co</h1><div>coding ▲ ByteDance</div><p>ByteDance leads.</p>");
        assertThat(frame.texts()).noneMatch(text -> text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0);
    }

    @Test
    void aMarkNamesItsSideItsKindAndWhatFollowsTheKind() {
        assertThat(Frame.Slot.parse("right.trait:style:growth-driver"))
                .isEqualTo(new Frame.Slot("right", "trait", "trait:style:growth-driver", "style:growth-driver"));
        assertThat(Frame.Slot.parse("withLens:growth-first"))
                .isEqualTo(new Frame.Slot(null, "withLens", "withLens:growth-first", "growth-first"));
        assertThat(Frame.Slot.parse("permalink")).isEqualTo(new Frame.Slot(null, "permalink", "permalink", ""));
    }

    @Test
    void anEnglishFramesFewWideCharactersAreWrittenAsReferencesAndAChineseOnesAreNot() {
        Frame english = Frame.of("<caption>Trait by trait (−1 Alibaba-style … +1 ByteDance-style)</caption>"
                + mark("left.name") + "<p>" + "plain text ".repeat(40) + "</p>", "neither");
        assertThat(english.narrow()).isTrue();
        assertThat(String.join("", english.texts())).contains("(&#8722;1 Alibaba-style &#8230; +1").doesNotContain("−");

        Frame chinese = Frame.of("<caption>逐项特征（−1 阿里式 … +1 字节式）</caption>" + mark("left.name"), "无");
        assertThat(chinese.narrow()).isFalse();
        assertThat(chinese.texts().get(0)).contains("逐项特征（−1");
    }

    private static String mark(String name) {
        return OPEN + name + CLOSE;
    }
}
