package ai.scorecard.editing;

import ai.scorecard.catalog.Draft;
import ai.scorecard.catalog.Entry;
import java.util.List;

/** A form that creates or edits a company or a product: what the shared flow of {@link EntryPages} reads. */
public interface RecordForm<T extends Entry> {

    /** The one-time key of a form that creates (see {@link FormKeys}); optional. */
    String getFormKey();

    String getSlug();

    void setSlug(String slug);

    /** The version of the record the editor started from; null on a new record's form. */
    Long getVersion();

    void setVersion(Long version);

    /** The entry as the catalog reads it; the catalog judges it. */
    Draft<T> toDraft();

    /** The fields shown side by side when someone else saved the record first. */
    List<String> comparedFields();
}
