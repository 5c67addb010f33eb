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
 * otherwise the first comparisons of each company pay. Standings the data has moved past are left as they are;
 * of several waiting, only the newest is made.
 */
@Component
@Slf4j
class Summarizing {

    private final DataVersion dataVersion;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
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
