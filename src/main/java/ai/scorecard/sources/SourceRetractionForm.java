package ai.scorecard.sources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.Data;

/** Why every current fact of a source no longer holds, and which facts the editor was shown. */
@Data
public class SourceRetractionForm {

    /** The one-time key of the form (see {@code editing.FormKeys}): a second submission retracts nothing more. */
    private String formKey;

    private String reason;

    /**
     * The ids of the facts the preview showed: if others cite the source by the time it is sent, nothing is
     * retracted. Text, so that a garbled id is a preview that no longer matches, not a field to correct.
     */
    private List<String> factIds = new ArrayList<>();

    /** The ids the preview showed; empty when one is not an id, which then matches no preview. */
    Optional<List<Long>> shown() {
        List<Long> ids = new ArrayList<>();
        for (String id : factIds) {
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException | NullPointerException garbled) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }

    void show(Collection<Long> ids) {
        factIds = ids.stream().sorted().map(String::valueOf).toList();
    }
}
