package ai.scorecard.importing;

import ai.scorecard.importing.Preview.Plan;
import ai.scorecard.importing.Preview.Refusal;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceBatch;
import ai.scorecard.source.SourceDraft;
import ai.scorecard.source.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports sources in the seed's columns ({@code sources.csv}; its {@code key} column is the seed's own and
 * is ignored): each row checked as the bibliography checks a form's source, a publication the bibliography
 * holds already is "already there" and skipped, and the new ones go in through {@link Bibliography#addAll}.
 * A blank date is a source that gives none.
 */
@Service
@RequiredArgsConstructor
class SourceImport implements RowImport {

    static final List<String> COLUMNS = List.of("title", "publisher", "url", "date", "language", "kind",
            "archive_url", "title_zh", "publisher_zh");

    private static final List<String> REQUIRED = List.of("title", "url", "date", "language", "kind");

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("publishedOn", "date", "dateUnknown", "date",
            "url", "url");

    private final Bibliography bibliography;

    @Override
    public ImportKind kind() {
        return ImportKind.SOURCES;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public Map<String, List<String>> values() {
        return Map.of("language", Cells.names(Language.values()), "kind", Cells.names(SourceKind.values()));
    }

    @Override
    @Transactional(readOnly = true)
    public Preview preview(String filename, List<Row> rows, IntConsumer checked) {
        List<Refusal> refusals = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<SourceDraft> drafts = new ArrayList<>();
        Map<String, Long> firstRowOf = new HashMap<>();
        int done = 0;
        for (Row row : rows) {
            checked.accept(++done);
            List<Refusal> refused = new ArrayList<>();
            Cells cells = new Cells(row, refused);
            LocalDate date = cells.date("date");
            SourceDraft draft = new SourceDraft(cells.optional("title"), cells.optional("publisher"),
                    cells.optional("url"), date, date == null && cells.text("date").isEmpty(),
                    cells.listed("language", Language.class), cells.listed("kind", SourceKind.class),
                    cells.optional("archive_url"), cells.optional("title_zh"), cells.optional("publisher_zh"));
            if (refused.isEmpty()) {
                cells.refuse(bibliography.check(draft), COLUMN_OF_FIELD);
            }
            if (!refused.isEmpty()) {
                refusals.addAll(refused);
                continue;
            }
            String title = draft.title() != null ? draft.title() : draft.titleZh();
            Long earlier = firstRowOf.putIfAbsent(sameness(draft), row.number());
            if (earlier != null) {
                refusals.add(Refusal.of(row.number(), "title", "import.refused.sameSource", String.valueOf(earlier)));
                continue;
            }
            Optional<Source> there = bibliography.recorded(draft);
            if (there.isPresent()) {
                plans.add(new Plan(row.number(), title, null, Plan.Action.ALREADY_THERE, there.get().getId(), null));
            } else {
                plans.add(new Plan(row.number(), title, null, Plan.Action.NEW, null, null));
                drafts.add(draft);
            }
        }
        return new Preview(filename, ImportKind.SOURCES, rows.size(), refusals, plans, drafts);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Integer> record(Preview preview) {
        return bibliography.addAll((List<SourceDraft>) preview.entries()) instanceof SourceBatch.Added added
                ? Optional.of(added.sources().size()) : Optional.empty();
    }

    /** One publication, as the bibliography tells it: the same title and address, in any case. */
    private static String sameness(SourceDraft draft) {
        String title = draft.title() != null ? draft.title() : draft.titleZh();
        String url = draft.url() == null ? "" : draft.url();
        return title.toLowerCase(Locale.ROOT) + "\n" + url.toLowerCase(Locale.ROOT);
    }
}
