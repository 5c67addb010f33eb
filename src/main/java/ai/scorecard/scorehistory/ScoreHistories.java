package ai.scorecard.scorehistory;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.VersionNote;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Score histories as pages need them: the facts about the companies and their products in one query, the
 * methodology versions in another, then the replay in memory ({@link ScoreTimeline}). A history is kept under
 * the data version and the methodology version it was computed from, as standings are, so that any edit or
 * publication shows at once and a page read many times between two edits replays the ledger once.
 */
@Service
@Transactional(readOnly = true)
public class ScoreHistories {

    /**
     * How many histories are kept: one per company page, product page's company and compared pair recently
     * read. A history keeps only numbers, a few kilobytes even for a company with a hundred products.
     */
    static final int KEPT = 64;

    private final Scoreboard scoreboard;
    private final Methodologies methodologies;
    private final Catalog catalog;
    private final FactLedger ledger;
    private final Clock clock;
    private final Cache<Key, ScoreTimeline> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

    ScoreHistories(Scoreboard scoreboard, Methodologies methodologies, Catalog catalog, FactLedger ledger,
            Clock clock) {
        this.scoreboard = scoreboard;
        this.methodologies = methodologies;
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What a history was computed from; {@code versions} is the data version and the latest methodology version. */
    private record Key(List<Long> companyIds, String lens, boolean rulesThen, LocalDate today, String versions) {
    }

    /**
     * Some companies' and their products' history under a lens (official when null): under the current
     * methodology, or under the version in force on each day when {@code rulesThen}.
     */
    public ScoreTimeline of(List<Company> companies, String lensCode, boolean rulesThen) {
        List<Long> ids = companies.stream().map(Company::getId).toList();
        LocalDate today = scoreboard.today();
        // Read before the data, so a history is never older than its key says.
        String versions = scoreboard.dataAndMethodologyVersion();
        Key key = new Key(ids, lensCode, rulesThen, today, versions);
        // The current methodology is the one the key names: published versions never change, and are kept.
        PublishedMethodology current = methodologies.version(Integer.parseInt(versions.substring(versions.indexOf('.') + 1)))
                .orElseThrow();
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return replay(companies, ids, lensCode, rulesThen, current, today);
        }
        return kept.get(key, asked -> replay(companies, ids, lensCode, rulesThen, current, today));
    }

    private ScoreTimeline replay(List<Company> companies, List<Long> ids, String lensCode, boolean rulesThen,
            PublishedMethodology current, LocalDate today) {
        Function<LocalDate, PublishedMethodology> rulesOn = rulesThen ? inForce(current, today) : day -> current;
        return ScoreTimeline.replay(companies, catalog.productsOf(ids), ledger.inTimeAbout(ids), rulesOn, lensCode,
                scoreboard::scorer, today, clock.getZone());
    }

    /**
     * The version in force on each day, as {@link Scoreboard#methodologyOn} says, from one read of the version
     * list: the highest published on or before the day, the first before any, the current one today.
     */
    private Function<LocalDate, PublishedMethodology> inForce(PublishedMethodology current, LocalDate today) {
        List<VersionNote> versions = methodologies.versions();
        int first = versions.stream().mapToInt(VersionNote::version).min().orElse(current.version());
        return day -> {
            if (!day.isBefore(today)) {
                return current;
            }
            int version = versions.stream().filter(note -> !note.publishedOn().isAfter(day))
                    .mapToInt(VersionNote::version).max().orElse(first);
            return version == current.version() ? current : methodologies.version(version).orElseThrow();
        };
    }
}
