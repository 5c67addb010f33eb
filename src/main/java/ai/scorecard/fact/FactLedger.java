package ai.scorecard.fact;

import ai.scorecard.company.Company;
import ai.scorecard.product.Product;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records facts so that, for each subject and metric, exactly the latest observation is current. Each
 * change is announced ({@link FactRecorded}, {@link FactRetracted}, {@link FactsDeleted}) within its
 * transaction, for whoever keeps something computed from facts.
 */
@Service
@RequiredArgsConstructor
public class FactLedger {

    private final Facts facts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

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
    public Fact record(Product product, FactDraft draft) {
        facts.lockProduct(product.getId());
        return record(product, null, draft, facts.findCurrent(product, draft.metric()));
    }

    /** As {@link #record(Product, FactDraft)}, for a fact about a company. */
    @Transactional
    public Fact record(Company company, FactDraft draft) {
        facts.lockCompany(company.getId());
        return record(null, company, draft, facts.findCurrent(company, draft.metric()));
    }

    /**
     * Withdraws a fact that turned out to be wrong. It stays in the ledger, marked retracted now with
     * the reason, and no longer counts; a fact is never deleted. A fact can be retracted once.
     *
     * @throws IllegalArgumentException when the reason is blank or the fact was never recorded
     * @throws IllegalStateException when the fact is already retracted
     */
    @Transactional
    public Fact retract(Fact fact, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A retraction needs a reason");
        }
        Fact recorded = fact.getId() == null ? null : facts.findById(fact.getId()).orElse(null);
        if (recorded == null) {
            throw new IllegalArgumentException("No such fact in the ledger: " + fact.getId());
        }
        if (recorded.isRetracted()) {
            throw new IllegalStateException("Fact " + recorded.getId() + " is already retracted");
        }
        recorded.setRetractedAt(clock.instant());
        recorded.setRetractionReason(reason.strip());
        events.publishEvent(new FactRetracted(recorded.getId()));
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<Fact> ledgerOf(Product product) {
        return facts.findByProductOrderByMetricAscAsOfDescIdDesc(product);
    }

    @Transactional(readOnly = true)
    public List<Fact> ledgerOf(Company company) {
        return facts.findByCompanyOrderByMetricAscAsOfDescIdDesc(company);
    }

    /**
     * Removes every fact about a product, for the one case the ledger allows it: the product itself is
     * deleted and the editor said its facts go with it.
     */
    @Transactional
    public void deleteAllAbout(Product product) {
        List<Fact> all = facts.findByProductOrderByMetricAscAsOfDescIdDesc(product);
        // Facts point at the facts that superseded them; unlink first so no row refers to a deleted one.
        all.forEach(fact -> fact.setSupersededBy(null));
        facts.flush();
        all.forEach(facts::delete);
        events.publishEvent(new FactsDeleted(product.getId()));
    }

    private Fact record(Product product, Company company, FactDraft draft, List<Fact> current) {
        Instant now = clock.instant();
        Fact fact = new Fact(product, company, draft.metric(), draft.value(), draft.level(),
                draft.unit(), draft.currency(), draft.qualifier(), draft.asOf(), draft.asOfIsReadDate(),
                draft.provenance(), draft.source(), draft.claim(), now);
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
        events.publishEvent(new FactRecorded(fact.getId()));
        return fact;
    }
}
