package ai.scorecard.history;

import ai.scorecard.fact.Fact;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * One line of a history page: what one revision did to one record.
 *
 * @param revision the revision's number; larger is newer
 * @param when when the change was committed, in UTC
 * @param who the username recorded with the revision
 * @param subject what kind of record changed
 * @param subjectId the record's id
 * @param kind what happened to it
 * @param fact for a fact, the fact as this revision left it; for a dispute, the fact disputed as it stands now;
 *     otherwise null
 * @param changes the fields this revision set or changed, in the record's field order
 * @param imported the file whose import the revision records; null for any other revision
 */
public record HistoryEntry(long revision, OffsetDateTime when, String who, Subject subject, long subjectId, Kind kind,
        Fact fact, List<Change> changes, Authorship.Imported imported) {

    enum Subject {
        COMPANY,
        PRODUCT,
        SOURCE,
        FACT,
        /** Someone's word against a fact (ai.scorecard.fact.Dispute). */
        DISPUTE
    }

    enum Kind {
        CREATED,
        CHANGED,
        /** A fact withdrawn with a reason. */
        RETRACTED,
        /** A fact replaced by a newer observation of the same metric. */
        SUPERSEDED,
        /** A dispute that no longer stands. */
        RESOLVED,
        DELETED
    }

    /** One field's value before and after the revision; before is empty for a creation. */
    public record Change(String field, Shown before, Shown after) {
    }

    /**
     * A value as a page shows it: a message code (an enum's label, or "empty"), a day or a moment that
     * the page writes in the reader's language, or else text as the user typed it, which the page
     * escapes. The text is also the fallback for an unknown code, and a day's or a moment's ISO form.
     *
     * @param time a {@link java.time.LocalDate} or an {@link java.time.Instant}; null for any other value
     * @param textZh the text a Chinese reader sees, where the value has a Chinese form (a company's Chinese
     *     name); null where it has none
     */
    public record Shown(String text, String code, Temporal time, String textZh) {

        Shown(String text, String code, Temporal time) {
            this(text, code, time, null);
        }

        static final Shown EMPTY = new Shown(null, "history.value.empty", null);
        static final Shown NOT_RECORDED = new Shown(null, "history.value.notRecorded", null);
    }
}
