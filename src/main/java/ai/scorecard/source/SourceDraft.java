package ai.scorecard.source;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.checks.PlainText;
import ai.scorecard.checks.PlausibleDate;
import ai.scorecard.checks.Problem;
import ai.scorecard.checks.WebAddress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A source as an editor, an import row or the seed describes it, before the bibliography adds it.
 *
 * @param dateUnknown the source gives no date: said out loud, so that a forgotten date is not taken for one
 *     the source does not have
 */
public record SourceDraft(
        @Size(max = 300) @PlainText String title,
        @Size(max = 200) @PlainText String publisher,
        @Size(max = 2000) @WebAddress String url,
        @PlausibleDate(future = false) LocalDate publishedOn,
        boolean dateUnknown,
        @NotNull Language language,
        @NotNull SourceKind kind,
        @Size(max = 2000) @WebAddress String archiveUrl,
        @Size(max = 300) @PlainText String titleZh,
        @Size(max = 200) @PlainText String publisherZh) {

    /** Texts as typed: surrounding spaces dropped, an empty one is none. */
    public SourceDraft {
        title = blankToNull(title);
        titleZh = blankToNull(titleZh);
        publisher = blankToNull(publisher);
        publisherZh = blankToNull(publisherZh);
        url = blankToNull(url);
        archiveUrl = blankToNull(archiveUrl);
    }

    /** A source whose title and publisher are given in English only. */
    public SourceDraft(String title, String publisher, String url, LocalDate publishedOn, boolean dateUnknown,
            Language language, SourceKind kind, String archiveUrl) {
        this(title, publisher, url, publishedOn, dateUnknown, language, kind, archiveUrl, null, null);
    }

    /** The draft that describes a source as it stands, to correct it. */
    public static SourceDraft of(Source source) {
        return new SourceDraft(source.getTitle(), source.getPublisher(), source.getUrl(), source.getPublishedOn(),
                !source.isDated(), source.getLanguage(), source.getKind(), source.getArchiveUrl(), source.getTitleZh(),
                source.getPublisherZh());
    }

    /**
     * A date, or the word that there is none: exactly one of the two. A title in one language at least,
     * either: a Chinese report may have no English title.
     */
    List<Problem> crossFieldProblems(List<Problem> fieldProblems) {
        List<Problem> problems = new ArrayList<>();
        Bilingual.requiredProblem("title", title, titleZh).ifPresent(problems::add);
        boolean dateRefused = fieldProblems.stream().anyMatch(problem -> "publishedOn".equals(problem.field()));
        if (publishedOn == null && !dateUnknown && !dateRefused) {
            problems.add(Problem.of("publishedOn", "source.publishedOn.required"));
        } else if (publishedOn != null && dateUnknown) {
            problems.add(Problem.of("dateUnknown", "source.dateUnknown.butDated"));
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
