package ai.scorecard.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The import of one kind of row, in the columns of its seed file: what each row would do, checked by the
 * domain's own rules, and then all of them recorded through the domain's batch entry, or none.
 */
interface RowImport {

    ImportKind kind();

    /** The columns, in the order of the template. */
    List<String> columns();

    /** The columns a file must have. */
    List<String> required();

    /** The values a column may hold, where they are a list. */
    Map<String, List<String>> values();

    /** What the rows would do, telling {@code checked} how many rows it has checked as it goes; nothing is stored. */
    Preview preview(String filename, List<Row> rows, IntConsumer checked);

    /**
     * Records the preview's entries, all or none, in the caller's transaction (in which the preview was made):
     * the number recorded, or empty when the domain refused them.
     */
    Optional<Integer> record(Preview preview);
}
