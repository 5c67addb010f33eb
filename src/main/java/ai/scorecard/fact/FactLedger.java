package ai.scorecard.fact;

import ai.scorecard.company.Company;
import ai.scorecard.product.Product;
import java.time.Clock;
import java.time.Instant;
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

    @Transactional
    public Fact record(Product product, FactDraft draft) {
        return record(product, null, draft, facts.findCurrent(product, draft.metric()));
    }

    @Transactional
    public Fact record(Company company, FactDraft draft) {
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
        Fact fact = facts.save(new Fact(product, company, draft.metric(), draft.value(), draft.level(),
                draft.unit(), draft.currency(), draft.qualifier(), draft.asOf(), draft.asOfIsReadDate(), draft.provenance(),
                draft.source(), draft.claim(), now));
        for (Fact older : current) {
            // A late-arriving observation about an earlier date goes straight into history.
            if (older.getAsOf().isAfter(fact.getAsOf())) {
                fact.supersede(older, now);
            } else {
                older.supersede(fact, now);
            }
        }
        events.publishEvent(new FactRecorded(fact.getId()));
        return fact;
    }
}
