package ai.scorecard.fact;

import ai.scorecard.checks.Checks;
import ai.scorecard.checks.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way disputes go in: an editor records that someone disputes a fact ({@link DisputeDraft}), and
 * later that the dispute no longer stands. The fact itself is untouched; it counts as before, and readers
 * who leave disputed facts out see what the scores would be without it. Each change is announced
 * ({@link FactDisputed}, {@link DisputeResolved}) within its transaction, so the data version moves.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RightOfReply {

    private final Facts facts;
    private final Disputes disputes;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** Every rule the draft breaks; empty when it would be recorded. Nothing is stored. */
    public List<Problem> check(DisputeDraft draft) {
        List<Problem> problems = new ArrayList<>(checks.of(draft));
        problems.addAll(draft.crossFieldProblems());
        return problems;
    }

    /**
     * Records a dispute of the fact with this id. A retracted fact no longer counts anywhere, so there is
     * nothing left to dispute; a superseded one may still be, since its history shows it.
     */
    @Transactional
    public DisputeOutcome dispute(long factId, DisputeDraft draft) {
        Optional<Fact> fact = facts.findById(factId);
        if (fact.isEmpty()) {
            return new DisputeOutcome.Unknown(factId);
        }
        if (fact.get().isRetracted()) {
            return new DisputeOutcome.NoLongerOpen(factId);
        }
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new DisputeOutcome.Refused(problems);
        }
        Dispute dispute = disputes.save(new Dispute(fact.get(), draft, clock.instant()));
        events.publishEvent(new FactDisputed(factId, dispute.getId()));
        return new DisputeOutcome.Done(dispute);
    }

    /** Marks an open dispute resolved now, with the reason; it stays in the fact's history. */
    @Transactional
    public DisputeOutcome resolve(long disputeId, String reason) {
        Optional<Dispute> found = disputes.findById(disputeId);
        if (found.isEmpty()) {
            return new DisputeOutcome.Unknown(disputeId);
        }
        List<Problem> problems = checks.of(new DisputeResolution(reason));
        if (!problems.isEmpty()) {
            return new DisputeOutcome.Refused(problems);
        }
        Dispute dispute = found.get();
        if (!dispute.isOpen()) {
            return new DisputeOutcome.NoLongerOpen(disputeId);
        }
        dispute.resolve(clock.instant(), reason.strip());
        events.publishEvent(new DisputeResolved(dispute.getFact().getId(), disputeId));
        return new DisputeOutcome.Done(dispute);
    }

    /** The disputes that stand, by fact, with their facts and counter-sources loaded. */
    public OpenDisputes open() {
        return OpenDisputes.of(disputes.findOpen());
    }

    /** The ids of the facts with a dispute that stands, for scoring without them. */
    public Set<Long> disputedFactIds() {
        return Set.copyOf(disputes.findOpenFactIds());
    }

    /** The ids of the facts with a dispute that stood at a moment: recorded before it, not resolved by then. */
    public Set<Long> disputedFactIdsAt(Instant at) {
        return Set.copyOf(disputes.findFactIdsDisputedAt(at));
    }

    /** The dispute with this id, open or not, with its fact and counter-source. */
    public Optional<Dispute> find(long disputeId) {
        return disputes.findById(disputeId);
    }
}
