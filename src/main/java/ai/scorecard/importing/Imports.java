package ai.scorecard.importing;

import ai.scorecard.history.Authorship;
import ai.scorecard.importing.Previews.Kept;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import from upload to commit: reads the file, previews its rows as the kind's import does and keeps the
 * file with a digest of that preview for the editor's commit; on commit, takes the preview (once), reads the
 * file again and records its rows only when the data, changed or not since, gives the very preview the editor
 * saw. The commit is one transaction, so one revision in the history, described as the import of the file.
 */
@Service
class Imports {

    private final Map<ImportKind, RowImport> kinds = new EnumMap<>(ImportKind.class);
    private final Previews previews;
    private final ImportProgress progress;
    private final TransactionTemplate transaction;

    Imports(List<RowImport> imports, Previews previews, ImportProgress progress, TransactionTemplate transaction) {
        imports.forEach(rows -> kinds.put(rows.kind(), rows));
        this.previews = previews;
        this.progress = progress;
        this.transaction = transaction;
    }

    /** A preview and, when it can be committed, the token that commits it. */
    record Shown(Preview preview, String token) {
    }

    /** What became of a commit. */
    sealed interface Committed {

        /** The rows were recorded: so many records of the kind. */
        record Recorded(ImportKind kind, int count) implements Committed {
        }

        /** No preview under the token for this editor: never made, committed already, or over an hour old. */
        record Gone() implements Committed {
        }

        /** The data changed since the preview, which the file would no longer give: nothing was stored. */
        record Changed() implements Committed {
        }
    }

    RowImport of(ImportKind kind) {
        return kinds.get(kind);
    }

    /**
     * Previews the file as the chosen kind, or, with none chosen, as the kind whose columns its header names
     * (facts, when it names none's all: the page then says which facts column is missing).
     *
     * @throws BadFile when the file cannot be read as rows of the kind
     */
    Shown preview(String editor, ImportKind chosen, String filename, byte[] content) {
        return preview(editor, chosen, filename, content, null);
    }

    /** As {@link #preview(String, ImportKind, String, byte[])}, its progress kept under the page's id. */
    Shown preview(String editor, ImportKind chosen, String filename, byte[] content, String progressId) {
        ImportProgress.Tracker tracker = progress.track(progressId, editor);
        tracker.stage(ImportProgress.Stage.READING, 0);
        Spreadsheet.Table table = Spreadsheet.table(filename, content);
        RowImport rows = chosen != null ? of(chosen) : detected(table.header());
        List<Row> read = table.rowsWith(rows.required());
        tracker.stage(ImportProgress.Stage.CHECKING, read.size());
        Preview preview = rows.preview(filename, read, tracker);
        String token = preview.committable()
                ? previews.keep(editor, new Kept(filename, rows.kind(), content, preview.digest())) : null;
        tracker.stage(ImportProgress.Stage.DONE, read.size());
        return new Shown(preview, token);
    }

    Committed commit(String editor, String token) {
        return commit(editor, token, null);
    }

    /** As {@link #commit(String, String)}, its progress kept under the page's id. */
    Committed commit(String editor, String token, String progressId) {
        Optional<Kept> kept = previews.take(editor, token);
        if (kept.isEmpty()) {
            return new Committed.Gone();
        }
        ImportProgress.Tracker tracker = progress.track(progressId, editor);
        tracker.stage(ImportProgress.Stage.READING, 0);
        RowImport rows = of(kept.get().kind());
        String filename = kept.get().filename();
        List<Row> read = Spreadsheet.read(filename, kept.get().content(), rows.required());
        tracker.stage(ImportProgress.Stage.CHECKING, read.size());
        Committed committed = Authorship.asImportOf(filename, read.size(), () -> transaction.execute(status -> {
            Preview again = rows.preview(filename, read, tracker);
            if (!again.committable() || !again.digest().equals(kept.get().digest())) {
                return new Committed.Changed();
            }
            tracker.stage(ImportProgress.Stage.RECORDING, read.size());
            Optional<Integer> recorded = rows.record(again);
            if (recorded.isEmpty()) {
                status.setRollbackOnly();
                return new Committed.Changed();
            }
            return new Committed.Recorded(rows.kind(), recorded.get());
        }));
        tracker.stage(ImportProgress.Stage.DONE, read.size());
        return committed;
    }

    private RowImport detected(List<String> header) {
        for (ImportKind kind : ImportKind.values()) {
            if (header.containsAll(of(kind).required())) {
                return of(kind);
            }
        }
        return of(ImportKind.FACTS);
    }
}
