package ai.scorecard.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far an editor's preview or commit has got, kept in the database under an id the page made up, so that
 * the page can ask any instance while the work runs. Each write is a transaction of its own: the work's own
 * transaction commits only at its end, and would hide its progress until then. Writes come at most every
 * {@link #EVERY} (and at the last row), so that the count costs the work next to nothing.
 */
@Component
class ImportProgress {

    private static final Duration EVERY = Duration.ofMillis(250);

    /** Ids the page makes up: anything else is no progress to keep. */
    private static final String ID = "[0-9a-f]{16,64}";

    enum Stage {
        READING, CHECKING, RECORDING, DONE
    }

    /** What the page shows: the stage, and the rows checked of all. */
    record Shown(Stage stage, int done, int total) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ImportProgress(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The progress of one piece of work; it writes nothing when the page gave no id. */
    final class Tracker implements IntConsumer {

        private final String id;
        private final String editor;
        private int total;
        private Instant lastWritten = Instant.MIN;

        private Tracker(String id, String editor) {
            this.id = id;
            this.editor = editor;
        }

        void stage(Stage stage, int rows) {
            total = rows;
            write(stage, stage == Stage.DONE ? rows : 0);
        }

        /** So many rows checked. */
        @Override
        public void accept(int done) {
            Instant now = clock.instant();
            if (done == total || now.isAfter(lastWritten.plus(EVERY))) {
                lastWritten = now;
                write(Stage.CHECKING, done);
            }
        }

        private void write(Stage stage, int done) {
            if (id == null) {
                return;
            }
            Timestamp now = Timestamp.from(clock.instant());
            ownTransaction.executeWithoutResult(status -> {
                if (jdbc.sql("update import_progress set stage = ?, done = ?, total = ?, updated_at = ? "
                        + "where id = ? and editor = ?").params(stage.name(), done, total, now, id, editor)
                        .update() == 0) {
                    jdbc.sql("delete from import_progress where updated_at < ?")
                            .param(Timestamp.from(clock.instant().minus(Previews.KEPT))).update();
                    jdbc.sql("insert into import_progress (id, editor, stage, done, total, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?)").params(id, editor, stage.name(), done, total, now).update();
                }
            });
        }
    }

    Tracker track(String id, String editor) {
        return new Tracker(id != null && id.matches(ID) ? id : null, editor);
    }

    Optional<Shown> find(String id, String editor) {
        if (id == null || !id.matches(ID)) {
            return Optional.empty();
        }
        return jdbc.sql("select stage, done, total from import_progress where id = ? and editor = ?")
                .params(id, editor)
                .query((row, number) -> new Shown(Stage.valueOf(row.getString(1)), row.getInt(2), row.getInt(3)))
                .optional();
    }
}
