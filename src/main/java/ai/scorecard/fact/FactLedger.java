package ai.scorecard.fact;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.checks.LikePattern;
import ai.scorecard.catalog.Product;
import ai.scorecard.checks.Checks;
import ai.scorecard.checks.Problem;
import ai.scorecard.source.Source;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way facts go in: it checks each statement against the rules of a valid fact ({@link FactDraft}),
 * and records it so that, for each subject and metric, exactly the latest observation is current. Each
 * change is announced ({@link FactRecorded}, {@link FactsRecorded}, {@link FactRetracted},
 * {@link FactsRetracted}, {@link FactsDeleted}) within its transaction, for whoever keeps something computed
 * from facts.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class FactLedger {

    private static final int IDS_PER_QUERY = 1000;

    private final Facts facts;
    private final Disputes disputes;
    private final Catalog catalog;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** Every rule the draft breaks; empty when the ledger would record it. Nothing is stored. */
    public List<Problem> check(FactDraft draft) {
        List<Problem> problems = new ArrayList<>(checks.of(draft));
        problems.addAll(draft.crossFieldProblems(problems));
        return problems;
    }

    /**
     * Records a fact about a product; it supersedes the current fact of its metric, or goes straight
     * into history when that one is about a later date.
     *
     * <p>Two editors recording the same metric at the same moment are served one after the other: the
     * product's row is locked first, so the second sees the first's fact and supersedes it. Should a
     * writer come past the lock anyway (another program writing facts), the database keeps one current
     * fact per subject and metric (V10) and refuses the second with a {@code DataIntegrityViolationException}.
     */
    @Transactional
    public FactOutcome record(Product product, FactDraft draft) {
        return recordChecked(FactEntry.about(product, draft));
    }

    /** As {@link #record(Product, FactDraft)}, for a fact about a company. */
    @Transactional
    public FactOutcome record(Company company, FactDraft draft) {
        return recordChecked(FactEntry.about(company, draft));
    }

    /**
     * Records a newer value of a current fact's metric, about the same subject; it takes the older fact's
     * metric, and must be as of the older fact's date or later.
     */
    @Transactional
    public FactOutcome supersede(Fact older, FactDraft draft) {
        FactDraft newer = draft.about(older.getMetric());
        List<Problem> problems = new ArrayList<>(check(newer));
        if (newer.asOf() != null && newer.asOf().isBefore(older.getAsOf())) {
            problems.add(Problem.of("asOf", "fact.asOf.notNewer"));
        }
        if (!problems.isEmpty()) {
            return new FactOutcome.InvalidFact(problems);
        }
        FactEntry entry = new FactEntry(older.getProduct(), older.getCompany(), newer);
        lock(entry);
        if (!facts.findById(older.getId()).map(Fact::isCurrent).orElse(false)) {
            return new FactOutcome.NoLongerCurrent(older);
        }
        Fact fact = recorded(entry, current(entry));
        events.publishEvent(new FactRecorded(fact.getId()));
        return new FactOutcome.Done(fact);
    }

    /**
     * Records many facts in one transaction, each as {@link #record(Product, FactDraft)} would, in the
     * order given (a later entry about the same metric supersedes an earlier one). Every entry is checked
     * first; when any breaks a rule, nothing is stored. The change is announced once.
     */
    @Transactional
    public BatchOutcome recordAll(List<FactEntry> entries) {
        Map<Integer, List<Problem>> refused = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            List<Problem> problems = check(entries.get(i).draft());
            if (!problems.isEmpty()) {
                refused.put(i, problems);
            }
        }
        if (!refused.isEmpty()) {
            return new BatchOutcome.Refused(refused);
        }
        lockAll(entries);
        List<Fact> recorded = recordedInOrder(entries, currentAbout(entries));
        if (!recorded.isEmpty()) {
            events.publishEvent(new FactsRecorded(recorded.size()));
        }
        return new BatchOutcome.Recorded(recorded);
    }

    /**
     * Withdraws a fact that turned out to be wrong. It stays in the ledger, marked retracted now with
     * the reason, and no longer counts; a fact is never deleted. A fact can be retracted once.
     */
    @Transactional
    public FactOutcome retract(Fact fact, String reason) {
        List<Problem> problems = checks.of(new Retraction(reason));
        if (!problems.isEmpty()) {
            return new FactOutcome.InvalidFact(problems);
        }
        Fact recorded = fact.getId() == null ? null : facts.findById(fact.getId()).orElse(null);
        if (recorded == null) {
            throw new IllegalArgumentException("No such fact in the ledger: " + fact.getId());
        }
        if (recorded.isRetracted()) {
            return new FactOutcome.NoLongerCurrent(recorded);
        }
        recorded.setRetractedAt(clock.instant());
        recorded.setRetractionReason(reason.strip());
        events.publishEvent(new FactRetracted(recorded.getId()));
        return new FactOutcome.Done(recorded);
    }

    /**
     * Withdraws every fact that cites the source and is current, in one transaction: a source found to be wrong
     * takes what rests on it out of the scores. Each fact keeps the editor's reason after the source's name
     * ("Source withdrawn (title): reason"), so that every history tells why; the reason follows the rules of any
     * retraction's. The change is announced once ({@link FactsRetracted}). Nothing current citing it: nothing is
     * written.
     */
    @Transactional
    public SourceRetraction retractCiting(Source source, String reason) {
        return retractCiting(source, reason, null);
    }

    /**
     * As {@link #retractCiting(Source, String)}, but only when the current facts citing the source are exactly
     * the ones the editor was shown before deciding ({@code expected}, by id; null takes whichever they are).
     */
    @Transactional
    public SourceRetraction retractCiting(Source source, String reason, Collection<Long> expected) {
        List<Problem> problems = new ArrayList<>(checks.of(new Retraction(reason)));
        String stated = problems.isEmpty() ? "Source withdrawn (" + source.titleText().either() + "): " + reason.strip() : null;
        if (stated != null && stated.length() > Retraction.LONGEST) {
            problems.add(Problem.of("reason", "retraction.reason.tooLongWithSource"));
        }
        if (!problems.isEmpty()) {
            return new SourceRetraction.Refused(problems);
        }
        // Writers of facts about the same subjects queue behind this, in the order recordAll locks them.
        facts.findProductsOfCurrentCiting(source).stream().sorted().forEach(facts::lockProduct);
        facts.findCompaniesOfCurrentCiting(source).stream().sorted().forEach(facts::lockCompany);
        List<Fact> current = facts.findCurrentCiting(source);
        List<Long> ids = current.stream().map(Fact::getId).toList();
        if (current.isEmpty()) {
            return new SourceRetraction.NothingToRetract();
        }
        if (expected != null && !Set.copyOf(expected).equals(Set.copyOf(ids))) {
            return new SourceRetraction.Changed(current);
        }
        Instant now = clock.instant();
        for (Fact fact : current) {
            fact.setRetractedAt(now);
            fact.setRetractionReason(stated);
        }
        events.publishEvent(new FactsRetracted(source.getId(), ids));
        return new SourceRetraction.Retracted(current);
    }

    /**
     * Deletes a product, the one case in which the ledger lets facts go: the editor said its facts go
     * with it. Without that, a product with facts stays.
     *
     * @return false when facts depend on the product and the editor did not agree to delete them
     */
    @Transactional
    public boolean deleteWithFacts(Product product, boolean withFacts) {
        List<Fact> all = facts.findByProductOrderByMetricAscAsOfDescIdDesc(product);
        if (!all.isEmpty()) {
            if (!withFacts) {
                return false;
            }
            // Disputes of these facts go with them (their history stays); and facts point at the facts that
            // superseded them: unlink first so no row refers to a deleted one.
            disputes.findAbout(all).forEach(disputes::delete);
            all.forEach(fact -> fact.setSupersededBy(null));
            facts.flush();
            all.forEach(facts::delete);
            facts.flush();
            events.publishEvent(new FactsDeleted(product.getId()));
        }
        catalog.delete(product);
        return true;
    }

    public List<Fact> ledgerOf(Product product) {
        return facts.findByProductOrderByMetricAscAsOfDescIdDesc(product);
    }

    public List<Fact> ledgerOf(Company company) {
        return facts.findByCompanyOrderByMetricAscAsOfDescIdDesc(company);
    }

    /** Every fact that cites the source, current or not, with its subject; newest first. */
    public List<Fact> citing(Source source) {
        return facts.findCiting(source);
    }

    /** How many facts cite each source (by its id), current or not; a source no fact cites is absent. */
    public Map<Long, Long> citationCounts() {
        Map<Long, Long> counts = new HashMap<>();
        facts.countBySource().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** How many facts cite each of these sources, current and all; a source no fact cites is absent. */
    public Map<Long, CitationCount> citationCounts(Collection<Long> sourceIds) {
        Map<Long, CitationCount> counts = new HashMap<>();
        for (int from = 0; from < sourceIds.size(); from += IDS_PER_QUERY) {
            List<Long> some = List.copyOf(sourceIds).subList(from, Math.min(sourceIds.size(), from + IDS_PER_QUERY));
            facts.countCurrentAndAllBySource(some).forEach(row -> counts.put((Long) row[0],
                    new CitationCount(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        }
        return counts;
    }

    /** The fact with this id, while it is current. */
    public Optional<Fact> current(long id) {
        return facts.findById(id).filter(Fact::isCurrent);
    }

    /** Every current fact, as scoring reads it. */
    public List<CurrentFact> allCurrent() {
        return facts.findAllCurrent();
    }

    /** Every current fact as recorded, with its source and its subject (a product with its company). */
    public List<Fact> currentWithSubjects() {
        return facts.findAllCurrentWithSubjects();
    }

    /** Every fact recorded, superseded or retracted from {@code start} (included) to {@code end}, with its source and subject. */
    public List<Fact> changedBetween(Instant start, Instant end) {
        return facts.findChangedBetween(start, end);
    }

    /** The same about one company and its products. */
    public List<Fact> changedBetween(Company company, Instant start, Instant end) {
        List<Fact> changed = new ArrayList<>(facts.findChangedBetweenAboutCompany(company.getId(), start, end));
        changed.addAll(facts.findChangedBetweenAboutProductsOf(company.getId(), start, end));
        return changed;
    }

    /** The current facts about some companies and about each of their products. */
    public List<CurrentFact> currentAbout(Collection<Long> companyIds) {
        return facts.findCurrentAboutCompanies(companyIds);
    }

    /** The companies whose scores these facts count in: each fact's company, or its product's. */
    public Set<Long> companiesOf(Collection<Long> factIds) {
        return factIds.isEmpty() ? Set.of() : Set.copyOf(facts.findCompaniesOf(factIds));
    }

    /** The companies whose facts, or whose products' facts, cite a source. */
    public Set<Long> companiesCiting(long sourceId) {
        return Set.copyOf(facts.findCompaniesCiting(sourceId));
    }

    /**
     * Every fact about some companies and each of their products, with when each was in force, in one query:
     * what the scorecard knew about them on any day, to replay (see {@link InForce}).
     */
    public List<FactInTime> inTimeAbout(Collection<Long> companyIds) {
        return facts.findInTimeAboutCompanies(companyIds);
    }

    /** Every fact in force at an instant (see {@link InForce}): what the ledger held as current then. */
    public List<CurrentFact> inForceAt(Instant at) {
        return facts.findInForceAt(at);
    }

    /** The facts in force at an instant about some companies and each of their products. */
    public List<CurrentFact> inForceAbout(Collection<Long> companyIds, Instant at) {
        return facts.findInForceAboutCompaniesAt(companyIds, at);
    }

    /**
     * The facts whose claim or source title holds the text, in any case, at most {@code limit}: current facts
     * first, then the newest. Every character of the text counts as itself.
     */
    public List<Fact> search(String text, int limit) {
        return facts.findByClaimOrSourceLike(LikePattern.containing(text), Limit.of(limit));
    }

    public long count() {
        return facts.count();
    }

    private FactOutcome recordChecked(FactEntry entry) {
        List<Problem> problems = check(entry.draft());
        if (!problems.isEmpty()) {
            return new FactOutcome.InvalidFact(problems);
        }
        lock(entry);
        Fact fact = recorded(entry, current(entry));
        events.publishEvent(new FactRecorded(fact.getId()));
        return new FactOutcome.Done(fact);
    }

    private void lock(FactEntry entry) {
        if (entry.product() != null) {
            facts.lockProduct(entry.product().getId());
        } else {
            facts.lockCompany(entry.company().getId());
        }
    }

    private List<Fact> current(FactEntry entry) {
        return entry.product() != null ? facts.findCurrent(entry.product(), entry.draft().metric())
                : facts.findCurrent(entry.company(), entry.draft().metric());
    }

    /** Locks every subject of a batch, in id order so that two batches never wait on each other in a ring. */
    private void lockAll(List<FactEntry> entries) {
        entries.stream().map(FactEntry::product).filter(p -> p != null).map(Product::getId).distinct().sorted()
                .forEach(facts::lockProduct);
        entries.stream().map(FactEntry::company).filter(c -> c != null).map(Company::getId).distinct().sorted()
                .forEach(facts::lockCompany);
    }

    /**
     * What is current now for each subject and metric of a batch, read before anything is written and in a
     * few queries: a query per subject would flush the growing batch before each one.
     */
    private Map<String, List<Fact>> currentAbout(List<FactEntry> entries) {
        List<Long> productIds = entries.stream().map(FactEntry::product).filter(p -> p != null).map(Product::getId)
                .distinct().toList();
        List<Long> companyIds = entries.stream().map(FactEntry::company).filter(c -> c != null).map(Company::getId)
                .distinct().toList();
        List<Fact> current = new ArrayList<>();
        for (int from = 0; from < productIds.size(); from += IDS_PER_QUERY) {
            current.addAll(facts.findCurrentAboutProducts(
                    productIds.subList(from, Math.min(productIds.size(), from + IDS_PER_QUERY))));
        }
        for (int from = 0; from < companyIds.size(); from += IDS_PER_QUERY) {
            current.addAll(facts.findCurrentAboutCompanyItself(
                    companyIds.subList(from, Math.min(companyIds.size(), from + IDS_PER_QUERY))));
        }
        Map<String, List<Fact>> bySubjectAndMetric = new HashMap<>();
        for (Fact fact : current) {
            bySubjectAndMetric.computeIfAbsent(FactEntry.subjectKey(fact.getProduct(), fact.getCompany()) + " "
                    + fact.getMetric(), key -> new ArrayList<>()).add(fact);
        }
        return bySubjectAndMetric;
    }

    /**
     * The batch, as {@link #recorded} one fact after the other would leave it, in a fixed number of flushes:
     * the replay runs in memory first, so that each new fact goes in already superseded or current, and only
     * the facts current before the batch need an update before the inserts (one current fact per subject and
     * metric, V10). Who superseded whom is written once the new facts have ids.
     */
    private List<Fact> recordedInOrder(List<FactEntry> entries, Map<String, List<Fact>> currentBefore) {
        Instant now = clock.instant();
        Map<String, Fact> current = new HashMap<>();
        currentBefore.forEach((key, facts) -> facts.stream()
                .max(Comparator.comparing(Fact::getAsOf).thenComparing(Fact::getId))
                .ifPresent(fact -> current.put(key, fact)));
        Map<Fact, Fact> supersededBy = new LinkedHashMap<>();
        List<Fact> recorded = new ArrayList<>(entries.size());
        for (FactEntry entry : entries) {
            Fact fact = newFact(entry, now);
            Fact older = current.get(entry.subjectAndMetric());
            if (older != null && older.getAsOf().isAfter(fact.getAsOf())) {
                // A late-arriving observation about an earlier date goes straight into history.
                supersededBy.put(fact, older);
            } else {
                if (older != null) {
                    supersededBy.put(older, fact);
                }
                current.put(entry.subjectAndMetric(), fact);
            }
            recorded.add(fact);
        }
        boolean retiredStored = false;
        for (Fact older : supersededBy.keySet()) {
            older.retire(now);
            retiredStored |= older.getId() != null;
        }
        if (retiredStored) {
            facts.flush();
        }
        recorded.forEach(facts::save);
        supersededBy.forEach((older, newer) -> older.supersede(newer, now));
        return recorded;
    }

    private static Fact newFact(FactEntry entry, Instant now) {
        FactDraft draft = entry.draft();
        return new Fact(entry.product(), entry.company(), draft.metric(), draft.value(), draft.level(),
                draft.unit(), draft.currency(), draft.qualifier(), draft.asOf(), draft.asOfIsReadDate(),
                draft.provenance(), draft.source(), draft.claim(), draft.claimZh(), now);
    }

    private Fact recorded(FactEntry entry, List<Fact> current) {
        Instant now = clock.instant();
        Fact fact = newFact(entry, now);
        List<Fact> replaced = new ArrayList<>();
        for (Fact older : current) {
            if (older.getAsOf().isAfter(fact.getAsOf())) {
                // A late-arriving observation about an earlier date goes straight into history.
                fact.supersede(older, now);
            } else {
                // The database holds one current fact per metric: the older one stops being current
                // before the newer one goes in, and learns what superseded it once that has an id.
                older.retire(now);
                replaced.add(older);
            }
        }
        if (!replaced.isEmpty()) {
            facts.flush();
        }
        facts.save(fact);
        replaced.forEach(older -> older.supersede(fact, now));
        return fact;
    }
}
