package ai.scorecard.scoreboard;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.fact.CurrentFact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.RightOfReply;
import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.catalog.Product;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.Scorer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads what scoring needs in a fixed, small number of queries (the methodology version, the data
 * version, the companies, their products, their current facts) and hands it to the plain-Java
 * {@link Scorer}. The last few standings are kept under the {@link DataVersion} they were computed
 * from: any edit moves that on, so an edit still shows everywhere at once and every instance agrees,
 * while a page read a thousand times between two edits is scored once.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Scoreboard {

    private final Methodologies methodologies;
    private final Catalog catalog;
    private final FactLedger ledger;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final CacheManager caches;
    private final RightOfReply disputes;
    private final Summarizing summarizing;
    private final Map<Methodology, Scorer> scorers = new ConcurrentHashMap<>();
    /** The newest standings of every company today, by methodology and lens, to bring up to date after a write. */
    private final Map<Latest.Key, Latest> latest = new ConcurrentHashMap<>();

    /** The cache standings are kept in; see {@link StandingsCacheConfig} for how many. */
    static final String KEPT_STANDINGS = "standings";

    /** What every company's standings are scored from, at a data version; see {@link #everything(long)}. */
    private record Everything(long dataVersion, List<Company> companies, List<Product> products,
            Standings.FactsByOwner byOwner) {
    }

    private volatile Everything everything;

    /** Standings of every company and the data version they are of. */
    private record Latest(long dataVersion, Standings standings) {

        record Key(int version, Methodology rules, String lens, LocalDate day) {
        }
    }

    /**
     * What a set of standings was computed from; null company ids stand for every company. {@code past} tells the
     * standings of an earlier day, from the facts in force at its end, from today's, from the current facts.
     */
    private record Key(int version, Methodology rules, String lens, List<Long> companyIds, LocalDate today,
            boolean past, long dataVersion, Disputed disputed) {
    }

    public PublishedMethodology methodology() {
        return methodologies.current();
    }

    /** The lens of the current methodology with this code, if there is one. */
    public Optional<Lens> lens(String code) {
        return methodology().rules().lens(code);
    }

    /** Every company, under the current methodology and the given lens (official when null). */
    public Standings all(String lensCode) {
        return all(lensCode, null);
    }

    /** Every company, under a methodology version (the current one when null) and a lens (official when null). */
    public Standings all(String lensCode, Integer version) {
        return all(lensCode, version, null, Disputed.INCLUDE);
    }

    /** The same, counting disputed facts or leaving them out. */
    public Standings all(String lensCode, Integer version, Disputed disputed) {
        return all(lensCode, version, null, disputed);
    }

    /**
     * Every company as the scorecard saw it at the end of a day (today when null, or today or later): the facts
     * in force then, freshness judged against that day, under the methodology version in force then unless a
     * version is named.
     */
    public Standings all(String lensCode, Integer version, LocalDate asOf) {
        return all(lensCode, version, asOf, Disputed.INCLUDE);
    }

    /** Every company at the end of a day, counting disputed facts or leaving them out. */
    public Standings all(String lensCode, Integer version, LocalDate asOf, Disputed disputed) {
        LocalDate day = day(asOf);
        PublishedMethodology methodology = published(version, day);
        Lens lens = resolve(methodology, lensCode);
        if (isPast(day)) {
            return kept(methodology, lens, null, day, disputed, data -> score(methodology, lens, catalog.companies(),
                    catalog.products(), counted(ledger.inForceAt(endOf(day)), disputed, day), day));
        }
        if (Disputed.orInclude(disputed).excluded()) {
            return kept(methodology, lens, null, day, disputed, data -> {
                Everything everything = everything(data);
                return Standings.scored(methodology, lens, everything.companies(), everything.products(),
                        everything.byOwner().without(disputes.disputedFactIds()), day, scorer(methodology));
            });
        }
        return kept(methodology, lens, null, day, disputed, data -> latest(methodology, lens, day, data));
    }

    /**
     * Every company's standings today at a data version: the last ones computed, with only the companies changed
     * since rescored, when that is known (see {@link DataVersion#companiesChanged}); otherwise scored whole.
     */
    private Standings latest(PublishedMethodology methodology, Lens lens, LocalDate day, long data) {
        Latest.Key key = new Latest.Key(methodology.version(), methodology.rules(), lens.code(), day);
        // A transaction that writes sees its own changes before they move the data version (at its commit).
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Latest before = readOnly ? latest.get(key) : null;
        Standings standings = before == null || before.dataVersion() > data ? null
                : before.dataVersion() == data ? before.standings()
                : dataVersion.companiesChanged(before.dataVersion(), data)
                        .map(changed -> rescored(before.standings(), changed)).orElse(null);
        if (standings == null) {
            Everything everything = everything(data);
            standings = Standings.scored(methodology, lens, everything.companies(), everything.products(),
                    everything.byOwner(), day, scorer(methodology));
        }
        if (readOnly) {
            Latest now = new Latest(data, standings);
            latest.keySet().removeIf(other -> !other.day().equals(day));
            latest.merge(key, now, (kept, offered) -> kept.dataVersion() >= offered.dataVersion() ? kept : offered);
        }
        return standings;
    }

    /**
     * Every company, product and current fact at a data version, read once for all the lenses scored from them:
     * scored under four lenses, the large dataset was read four times and held four copies of every product
     * and every fact's texts. One reader reads at a time, so that readers of four lenses at once share one read.
     */
    private synchronized Everything everything(long data) {
        // A transaction that writes sees its own changes before they move the data version (at its commit).
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Everything last = everything;
        if (readOnly && last != null && last.dataVersion() == data) {
            return last;
        }
        Everything read = new Everything(data, catalog.companies(), catalog.products(),
                Standings.FactsByOwner.of(ledger.allCurrent()));
        if (readOnly) {
            everything = read;
        }
        return read;
    }

    /** The standings with the companies of these ids scored again from their current facts; null if one is gone. */
    private Standings rescored(Standings before, Set<Long> companyIds) {
        List<Company> some = before.companyRecords().stream()
                .filter(company -> companyIds.contains(company.getId())).toList();
        if (some.size() != companyIds.size()) {
            return null;
        }
        List<Long> ids = some.stream().map(Company::getId).toList();
        return before.replacing(score(before.methodology(), before.lens(), some, catalog.productsOf(ids),
                ledger.currentAbout(ids), before.today()));
    }


    /** One company and its products, loading only their facts. */
    public Standings of(Company company, String lensCode) {
        return of(List.of(company), lensCode);
    }

    /** Some companies and their products, in three queries however many products and facts they have. */
    public Standings of(List<Company> some, String lensCode) {
        return of(some, lensCode, null);
    }

    /**
     * The same under a given methodology version (the current one when null), so that a permalink shows
     * what it showed when it was made, facts aside.
     */
    public Standings of(List<Company> some, String lensCode, Integer version) {
        return of(some, lensCode, version, null, Disputed.INCLUDE);
    }

    /** The same, counting disputed facts or leaving them out. */
    public Standings of(List<Company> some, String lensCode, Integer version, Disputed disputed) {
        return of(some, lensCode, version, null, disputed);
    }

    /** Some companies and their products at the end of a day; see {@link #all(String, Integer, LocalDate)}. */
    public Standings of(List<Company> some, String lensCode, Integer version, LocalDate asOf) {
        return of(some, lensCode, version, asOf, Disputed.INCLUDE);
    }

    /** Some companies at the end of a day, counting disputed facts or leaving them out. */
    public Standings of(List<Company> some, String lensCode, Integer version, LocalDate asOf, Disputed disputed) {
        LocalDate day = day(asOf);
        PublishedMethodology methodology = published(version, day);
        Lens lens = resolve(methodology, lensCode);
        List<Long> ids = some.stream().map(Company::getId).toList();
        return kept(methodology, lens, ids, day, disputed, data -> score(methodology, lens, some,
                catalog.productsOf(ids), counted(isPast(day) ? ledger.inForceAbout(ids, endOf(day))
                        : ledger.currentAbout(ids), disputed, day), day));
    }

    /** Today, by the scorecard's clock: the day pages show unless they ask for an earlier one. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The methodology version in force at the end of a day. */
    public PublishedMethodology methodologyOn(LocalDate day) {
        return isPast(day) ? methodologies.inForceOn(day) : methodologies.current();
    }

    /** The day asked for, or today when none or a later one is. */
    private LocalDate day(LocalDate asOf) {
        LocalDate today = today();
        return asOf == null || asOf.isAfter(today) ? today : asOf;
    }

    private boolean isPast(LocalDate day) {
        return day.isBefore(today());
    }

    /** The day asked for when it is before today, for a page to say it shows the past; empty otherwise. */
    public Optional<LocalDate> pastDay(LocalDate asOf) {
        return Optional.ofNullable(asOf).filter(this::isPast);
    }

    /** The first moment of the next day in the clock's zone: what was in force at a day's end. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * Some companies under the official lens of a methodology version (the current one when null); empty
     * when no such version was published, for a page to answer 404.
     */
    public Optional<Standings> under(List<Company> some, Integer version) {
        return under(some, version, null, Disputed.INCLUDE);
    }

    /**
     * The same at the end of a day (today when null), counting disputed facts or leaving them out; see
     * {@link #all(String, Integer, LocalDate, Disputed)}.
     */
    public Optional<Standings> under(List<Company> some, Integer version, LocalDate asOf, Disputed disputed) {
        try {
            return Optional.of(of(some, null, version, asOf, disputed));
        } catch (UnknownVersion e) {
            return Optional.empty();
        }
    }

    /**
     * Every company under the current methodology and a lens (official when null), as if the current facts with
     * these ids did not count: what retracting them would leave. The companies those facts are about (given, as
     * the caller has them: a fact about a company or one of its products) are scored again through the same path
     * as every score, from their current facts without those; every other company keeps its standing, since a
     * company's score rests on its own facts alone. Not kept: it is asked of a few companies at a time.
     */
    public Standings without(Collection<Company> about, Set<Long> factIds, String lensCode) {
        Standings now = all(lensCode);
        Set<Long> ids = about.stream().map(Company::getId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return now;
        }
        List<Company> some = now.companyRecords().stream().filter(company -> ids.contains(company.getId())).toList();
        List<Long> someIds = some.stream().map(Company::getId).toList();
        List<CurrentFact> left = ledger.currentAbout(someIds).stream()
                .filter(fact -> !factIds.contains(fact.id())).toList();
        return now.replacing(score(now.methodology(), now.lens(), some, catalog.productsOf(someIds), left, now.today()));
    }

    /** The version of the data scores are computed from; see {@link DataVersion}. */
    public long dataVersion() {
        return dataVersion.current();
    }

    /** The data version and the methodology version in force, read in one statement (see {@link DataVersion}). */
    public String dataAndMethodologyVersion() {
        return dataVersion.withMethodology();
    }

    /**
     * The facts scoring counts on a day: all of them, or those nobody disputed then (at the day's end for a past
     * day, now for today). Read after the data version, like the facts, so that the disputes are at least as new
     * as the key.
     */
    private List<CurrentFact> counted(List<CurrentFact> facts, Disputed disputed, LocalDate day) {
        if (!Disputed.orInclude(disputed).excluded()) {
            return facts;
        }
        Set<Long> left = isPast(day) ? disputes.disputedFactIdsAt(endOf(day)) : disputes.disputedFactIds();
        return facts.stream().filter(fact -> !left.contains(fact.id())).toList();
    }

    private Standings kept(PublishedMethodology methodology, Lens lens, List<Long> companyIds, LocalDate day,
            Disputed disputed, LongFunction<Standings> scoring) {
        // The data version is read before the data, so standings are never older than their key says.
        long data = dataVersion.current();
        Key key = new Key(methodology.version(), methodology.rules(), lens.code(), companyIds, day, isPast(day), data,
                Disputed.orInclude(disputed));
        // Inside a transaction that writes, what was read may never be committed: it is not kept.
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return scoring.apply(data);
        }
        // Readers asking for the same standings at once wait for one computation instead of each making its
        // own: eight readers of a cold lens on the large dataset otherwise scored 10,000 products eight times.
        try {
            return caches.getCache(KEPT_STANDINGS).get(key, () -> {
                Standings standings = scoring.apply(data);
                if (companyIds == null) {
                    summarizing.summarize(standings, data);
                }
                return standings;
            });
        } catch (Cache.ValueRetrievalException failed) {
            // The cache wraps what scoring threw; callers (and the error pages) expect it as it was.
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /**
     * Some companies under rules not yet published, to see what a methodology change would do before
     * publishing it. Nothing of the draft is kept.
     */
    public Standings preview(List<Company> some, PublishedMethodology draft) {
        List<Long> ids = some.stream().map(Company::getId).toList();
        return score(draft, draft.rules().official(), some, catalog.productsOf(ids),
                ledger.currentAbout(ids), today(), new Scorer(draft.rules()));
    }

    private PublishedMethodology published(Integer version, LocalDate day) {
        return version == null ? methodologyOn(day)
                : methodologies.version(version).orElseThrow(() -> new UnknownVersion(version));
    }

    private static Lens resolve(PublishedMethodology methodology, String lensCode) {
        if (lensCode == null) {
            return methodology.rules().official();
        }
        return methodology.rules().lens(lensCode).orElseThrow(() -> new UnknownLens(lensCode));
    }

    private Standings score(PublishedMethodology methodology, Lens lens, List<Company> companyList,
            List<Product> productList, List<CurrentFact> currentFacts, LocalDate today) {
        return score(methodology, lens, companyList, productList, currentFacts, today, scorer(methodology));
    }

    private Standings score(PublishedMethodology methodology, Lens lens, List<Company> companyList,
            List<Product> productList, List<CurrentFact> currentFacts, LocalDate today, Scorer scorer) {
        return Standings.scored(methodology, lens, companyList, productList, currentFacts, today, scorer);
    }

    /**
     * The compiled scorer of some rules, the one every score under them is computed with: a score history
     * replays the ledger with it, so that each of its points is what the standings of that day show.
     */
    public Scorer scorer(PublishedMethodology methodology) {
        // Compiled scorers are kept by the rules themselves, not the version number: a number names
        // different rules when a publication rolls back and another takes its place.
        return scorers.computeIfAbsent(methodology.rules(), Scorer::new);
    }
}
