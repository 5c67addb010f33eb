package ai.scorecard.editing;

import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceDraft;
import ai.scorecard.source.SourceKind;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The part of a form that cites a source: one picked from the bibliography, or a new one described on the form
 * (see {@link Citations}). A fact cites its source so, and a dispute its counter-source. Serializable because
 * "save and add another" hands a fact form's kept source on through the session's flash.
 */
@Data
public abstract class CitingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the editor typed to find a recorded source; only the picker reads it. */
    private String sourceQuery;

    /** The source the fact cites, picked from the bibliography; none means the new source below. */
    private Long sourceId;

    private String sourceTitle;

    private String sourceTitleZh;

    private String sourcePublisher;

    private String sourcePublisherZh;

    private String sourceUrl;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sourceDate;

    private boolean sourceDateUnknown;

    private Language sourceLanguage;

    private SourceKind sourceKind;

    private String sourceArchiveUrl;

    /** Whether the fact cites a source the editor adds with it, rather than one picked. */
    boolean citesNewSource() {
        return sourceId == null;
    }

    /** Cites a recorded source, in place of a new one described on the form. */
    void cite(Source source) {
        sourceId = source.getId();
        sourceTitle = null;
        sourceTitleZh = null;
        sourcePublisher = null;
        sourcePublisherZh = null;
        sourceUrl = null;
        sourceDate = null;
        sourceDateUnknown = false;
        sourceLanguage = null;
        sourceKind = null;
        sourceArchiveUrl = null;
    }

    /** The new source as the bibliography reads it (see {@link SourceDraft}). */
    SourceDraft newSource() {
        return new SourceDraft(sourceTitle, sourcePublisher, sourceUrl, sourceDate, sourceDateUnknown, sourceLanguage,
                sourceKind, sourceArchiveUrl, sourceTitleZh, sourcePublisherZh);
    }

    /** The form's field for a field of the new source's draft: the source's fields sit flat on the form. */
    static String newSourceField(String draftField) {
        return switch (draftField) {
            case "publishedOn" -> "sourceDate";
            case "dateUnknown" -> "sourceDateUnknown";
            default -> "source" + Character.toUpperCase(draftField.charAt(0)) + draftField.substring(1);
        };
    }
}
