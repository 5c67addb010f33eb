package ai.scorecard.importing;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Draft;
import ai.scorecard.catalog.Entry;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.importing.Preview.Plan;
import ai.scorecard.importing.Preview.Refusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports companies or products in the seed's columns: each row checked as the catalog checks a form's draft,
 * a row equal to the stored entry of its address name "unchanged" and skipped (so the same file twice changes
 * nothing), and the new ones created through {@link Catalog#createAll}, all or none. A row that would change a
 * stored entry is refused: an import adds; a correction is made on the entry's page, where its history shows it.
 */
abstract class CatalogImport<T extends Entry, D extends Draft<T>> implements RowImport {

    protected final Catalog catalog;

    CatalogImport(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The row as a draft, or null when a cell cannot be read (then noted in {@code cells}). */
    abstract D draft(Cells cells);

    /** The stored entries as drafts, by address name, to compare the rows with. */
    abstract Map<String, D> stored();

    /** The name a preview shows for the row. */
    abstract String name(D draft);

    @Override
    @Transactional(readOnly = true)
    public Preview preview(String filename, List<Row> rows, IntConsumer checked) {
        Map<String, D> stored = stored();
        List<Refusal> refusals = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<D> drafts = new ArrayList<>();
        Map<String, Long> firstRowOf = new HashMap<>();
        int done = 0;
        for (Row row : rows) {
            checked.accept(++done);
            List<Refusal> refused = new ArrayList<>();
            Cells cells = new Cells(row, refused);
            D draft = draft(cells);
            if (refused.isEmpty()) {
                cells.refuse(catalog.check(draft), Map.of());
            }
            if (!refused.isEmpty()) {
                refusals.addAll(refused);
                continue;
            }
            Long earlier = firstRowOf.putIfAbsent(draft.slug(), row.number());
            if (earlier != null) {
                refusals.add(Refusal.of(row.number(), "slug", "import.refused.sameSlug", String.valueOf(earlier)));
            } else if (!stored.containsKey(draft.slug())) {
                plans.add(new Plan(row.number(), name(draft), null, Plan.Action.NEW, null, null));
                drafts.add(draft);
            } else if (stored.get(draft.slug()).equals(draft)) {
                plans.add(new Plan(row.number(), name(draft), null, Plan.Action.UNCHANGED, null, null));
            } else {
                refusals.add(Refusal.of(row.number(), "slug", "import.refused.slugDiffers"));
            }
        }
        return new Preview(filename, kind(), rows.size(), refusals, plans, drafts);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Integer> record(Preview preview) {
        return catalog.createAll((List<D>) preview.entries()) instanceof Outcome.Saved<List<T>> saved
                ? Optional.of(saved.record().size()) : Optional.empty();
    }
}
