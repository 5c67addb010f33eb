package ai.scorecard.editing;

import ai.scorecard.fact.DisputeDraft;
import ai.scorecard.source.Source;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.ToString;

/** A dispute of a fact as an editor types it: who disputes it and why, and the counter-source it cites. */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
public class DisputeForm extends CitingForm {

    private static final long serialVersionUID = 1L;

    /** The one-time key of a form that records (see {@link FormKeys}); optional. */
    private String formKey;

    private String disputedBy;

    private String disputedByZh;

    private String note;

    private String noteZh;

    /** The dispute as {@link ai.scorecard.fact.RightOfReply} reads it, citing the source. */
    DisputeDraft toDraft(Source source) {
        return new DisputeDraft(disputedBy, disputedByZh, source, note, noteZh);
    }

    /** The form's field for a field of the draft: the counter-source picked. */
    static String formField(String draftField) {
        return "source".equals(draftField) ? "sourceId" : draftField;
    }
}
