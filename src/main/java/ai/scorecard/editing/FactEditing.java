package ai.scorecard.editing;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Facts;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds facts to the ledger, supersedes and retracts them; a fact is never edited in place. */
@Service
@RequiredArgsConstructor
class FactEditing {

    private final FactLedger ledger;
    private final Facts facts;

    /** @return the recorded fact, or null when the form has errors */
    @Transactional
    public Fact record(Subject subject, FactForm form, Errors errors) {
        form.check(errors);
        if (errors.hasErrors()) {
            return null;
        }
        return subject.record(ledger, form.toDraft());
    }

    /**
     * Records a newer value of a current fact's metric, which supersedes it.
     *
     * @return the new fact, or null when the form has errors
     */
    @Transactional
    public Fact supersede(Subject subject, Fact older, FactForm form, Errors errors) {
        form.setMetric(older.getMetric());
        form.check(errors);
        if (form.getAsOf() != null && form.getAsOf().isBefore(older.getAsOf())) {
            errors.rejectValue("asOf", "fact.asOf.notNewer");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return subject.record(ledger, form.toDraft());
    }

    /** @return false when the reason is refused (added to {@code errors}) */
    @Transactional
    public boolean retract(Fact fact, RetractionForm form, Errors errors) {
        if (errors.hasErrors()) {
            return false;
        }
        ledger.retract(fact, form.getReason());
        return true;
    }

    /** A current fact about this subject, if the id names one. */
    @Transactional(readOnly = true)
    public Optional<Fact> current(Subject subject, long id) {
        return facts.findById(id).filter(Fact::isCurrent).filter(subject::owns);
    }
}
