package ai.scorecard.scoreboard;

import jakarta.annotation.PreDestroy;
import lombok.extern.slf4j.Slf4j;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Makes the comparison summaries of new standings of every company in the background, one standings at a time
 * (see {@link Standings.Summaries}): about a second and a half of CPU per lens on the large dataset, which
 * otherwise the first comparisons of each company pay. Standings the data has moved past are left as they are.
 * Up to {@link #WAITING} standings wait their turn, enough for every lens of a methodology: with room for one, the
 * lenses scored at once pushed each other out, and their first comparisons paid after all.
 */
@Component
@Slf4j
class Summarizing {

    /** How many standings wait to be summarized; beyond that, the oldest waiting is dropped. */
    static final int WAITING = 8;

    private final DataVersion dataVersion;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "summarizing");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());

    Summarizing(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    /** Summarizes standings computed at a data version, while that is still the current one. */
    void summarize(Standings standings, long data) {
        worker.execute(() -> {
            try {
                standings.summarize(() -> dataVersion.current() == data);
            } catch (RuntimeException stopped) {
                // The database went away (shutting down) or failed: comparisons make what is missing when asked.
                log.debug("Summaries of standings at data version {} left unfinished", data, stopped);
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
