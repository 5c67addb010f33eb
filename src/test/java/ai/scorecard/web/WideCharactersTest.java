package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class WideCharactersTest {

    @Test
    void aFewWideCharactersBecomeReferencesThatReadTheSame() {
        String html = "<p title=\"≈ 65% – ByteDance\">Range 22.5–95.2 ▲ ByteDance · 中文 😀</p>"
                + "<p>" + "plain Latin-1 text, café ".repeat(20) + "</p>";
        String latin1 = WideCharacters.asReferences(html);

        assertThat(latin1.chars()).allMatch(c -> c <= 0xFF);
        assertThat(latin1).contains("22.5&#8211;95.2", "&#128512;");
        Document before = Jsoup.parse(html);
        Document after = Jsoup.parse(latin1);
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(after.selectFirst("p").attr("title")).isEqualTo("≈ 65% – ByteDance");
    }

    @Test
    void chineseMarkupAndLatin1MarkupAreLeftAsTheyAre() {
        String chinese = "<p>字节跳动领先阿里巴巴 12.3 分。</p>";
        assertThat(WideCharacters.asReferences(chinese)).isSameAs(chinese);
        String latin1 = "<p>café &amp; crème</p>";
        assertThat(WideCharacters.asReferences(latin1)).isSameAs(latin1);
    }

    @Test
    void whatAReaderTypedStaysEscaped() {
        // Escaped by the template before: an ampersand the reader typed is never taken for a reference.
        String escaped = "<span>&amp;#8211; – &lt;b&gt;" + "x".repeat(200) + "</span>";
        Document after = Jsoup.parse(WideCharacters.asReferences(escaped));
        assertThat(after.text()).startsWith("&#8211; – <b>");
    }

    @Test
    void piecesOfOnePageAreWeighedTogetherAndThenEachWrittenAsReferences() {
        // A short piece with one wide character is not "few" on its own, but is as a piece of a long English page.
        List<String> english = List.of("<td>\u25b2 ByteDance</td>", "<p>" + "x".repeat(400) + "</p>");
        assertThat(WideCharacters.fewIn(english)).isTrue();
        assertThat(WideCharacters.asReferencesAlways(english.get(0))).isEqualTo("<td>&#9650; ByteDance</td>");
        assertThat(WideCharacters.fewIn(List.of("<p>字节跳动</p>", "<p>阿里巴巴</p>"))).isFalse();
    }
}
