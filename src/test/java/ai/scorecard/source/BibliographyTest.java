package ai.scorecard.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.scorecard.checks.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a valid source, and one record per publication. */
@SpringBootTest
@Transactional
class BibliographyTest {

    @Autowired
    Bibliography bibliography;

    @Test
    void aSourceThatBreaksARuleIsRefusedWithItsFieldsAndNothingIsStored() {
        long before = bibliography.count();
        SourceDraft draft = new SourceDraft(" ", "Pub\u0007lisher", "ftp://example.com/x", null, false, null, null,
                "javascript:alert(1)");

        SourceOutcome outcome = bibliography.add(draft);

        assertThat(outcome).isInstanceOfSatisfying(SourceOutcome.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                        tuple("title", "form.bilingual.required"),
                        tuple("publisher", "PlainText"),
                        tuple("url", "WebAddress"),
                        tuple("archiveUrl", "WebAddress"),
                        tuple("language", "NotNull"),
                        tuple("kind", "NotNull"),
                        tuple("publishedOn", "source.publishedOn.required")));
        assertThat(bibliography.count()).isEqualTo(before);
    }

    @Test
    void aDateOrTheWordThatThereIsNoneNeverBoth() {
        assertThat(problems(draft(LocalDate.of(2026, 3, 31), true))).containsExactly("dateUnknown");
        assertThat(problems(draft(null, false))).containsExactly("publishedOn");
        assertThat(problems(draft(LocalDate.now().plusYears(1), false))).containsExactly("publishedOn");
        assertThat(problems(draft(null, true))).isEmpty();
        assertThat(problems(draft(LocalDate.of(2026, 3, 31), false))).isEmpty();
    }

    @Test
    void aPublicationIsRecordedOnceWhateverTheCaseOfItsTitleAndAddress() {
        Source report = ((SourceOutcome.Saved) bibliography.add(new SourceDraft("Tencent annual report 2025",
                "Tencent", "https://example.com/tencent-2025.pdf", LocalDate.of(2026, 3, 18), false, Language.EN,
                SourceKind.FILING, null))).source();

        SourceOutcome again = bibliography.add(new SourceDraft("  TENCENT ANNUAL REPORT 2025 ", null,
                "https://EXAMPLE.com/tencent-2025.pdf", null, true, Language.ZH, SourceKind.PRESS, null));

        assertThat(again).isEqualTo(new SourceOutcome.AlreadyThere(report));
        assertThat(bibliography.matching("annual report 2025", 10)).containsExactly(report);
        SourceBatch batch = bibliography.addAll(List.of(
                SourceFixtures.draft("A column", null, null), SourceFixtures.draft("a COLUMN", null, null)));
        assertThat(batch).isInstanceOfSatisfying(SourceBatch.Refused.class, refused ->
                assertThat(refused.problems()).containsOnlyKeys(1));
    }

    @Test
    void aCorrectionReachesTheRecordAndAStaleOneIsRefused() {
        Source column = ((SourceOutcome.Saved) bibliography.add(SourceFixtures.draft("A colum", null, null))).source();
        long version = column.getVersion();

        SourceOutcome corrected = bibliography.update(column, version, SourceFixtures.draft("A column", null, null));
        SourceOutcome stale = bibliography.update(column, version, SourceFixtures.draft("The column", null, null));

        assertThat(corrected).isInstanceOf(SourceOutcome.Saved.class);
        assertThat(stale).isInstanceOf(SourceOutcome.EditConflict.class);
        assertThat(bibliography.find(column.getId()).orElseThrow().getTitle()).isEqualTo("A column");
    }

    private List<String> problems(SourceDraft draft) {
        return bibliography.check(draft).stream().map(Problem::field).toList();
    }

    private static SourceDraft draft(LocalDate publishedOn, boolean dateUnknown) {
        return new SourceDraft("Report", null, null, publishedOn, dateUnknown, Language.EN, SourceKind.PRESS, null);
    }
}
