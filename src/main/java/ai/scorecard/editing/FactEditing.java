package ai.scorecard.editing;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Facts;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds facts to the ledger, supersedes and retracts them; a fact is never edited in place. */
@Service
@RequiredArgsConstructor
class FactEditing {

    private final FactLedger ledger;
    private final Facts facts;
    private final FormKeys formKeys;

    /**
     * @return the recorded fact, or null when the form has errors
     * @throws Refused when another editor recorded the same metric at the same moment (the reason is
     *     added to {@code errors})
     */
    @Transactional
    public Fact record(Subject subject, FactForm form, Errors errors) {
        form.check(errors);
        if (errors.hasErrors()) {
            return null;
        }
        return recorded(subject, form, errors);
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
        return recorded(subject, form, errors);
    }

    /** @return false when the reason is refused (added to {@code errors}) */
    @Transactional
    public boolean retract(Subject subject, Fact fact, RetractionForm form, Errors errors) {
        if (errors.hasErrors()) {
            return false;
        }
        ledger.retract(fact, form.getReason());
        formKeys.remember(form.getFormKey(), subject.pathOf(fact));
        return true;
    }

    /**
     * The ledger serves two editors of one metric one after the other; what it cannot serve, the database
     * refuses (one current fact per subject and metric), and so does a lock it waited for too long.
     * Either way nothing is stored, and the editor is asked to look at what is current and retry.
     */
    private Fact recorded(Subject subject, FactForm form, Errors errors) {
        try {
            Fact fact = subject.record(ledger, form.toDraft());
            formKeys.remember(form.getFormKey(), subject.pathOf(fact));
            return fact;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException meanwhile) {
            errors.reject("fact.recordedMeanwhile");
            throw new Refused();
        }
    }

    /** A current fact about this subject, if the id names one. */
    @Transactional(readOnly = true)
    public Optional<Fact> current(Subject subject, long id) {
        return facts.findById(id).filter(Fact::isCurrent).filter(subject::owns);
    }
}
