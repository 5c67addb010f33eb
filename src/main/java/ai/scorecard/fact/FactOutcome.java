package ai.scorecard.fact;

import ai.scorecard.checks.Problem;
import java.util.List;

/** What the ledger answers to a fact stated, superseded or retracted: done, or refused and why. */
public sealed interface FactOutcome {

    /** The fact as the ledger now holds it; for a caller that cannot go on without it, such as the seed. */
    Fact orElseThrow();

    /** The fact is in the ledger (a new one, or one now retracted). */
    record Done(Fact fact) implements FactOutcome {

        @Override
        public Fact orElseThrow() {
            return fact;
        }
    }

    /** The statement breaks a rule of a valid fact; nothing was stored. */
    record InvalidFact(List<Problem> problems) implements FactOutcome {

        @Override
        public Fact orElseThrow() {
            throw new IllegalArgumentException("Invalid fact: " + problems);
        }
    }

    /** The fact was superseded or retracted meanwhile, so it cannot be superseded or retracted now. */
    record NoLongerCurrent(Fact fact) implements FactOutcome {

        @Override
        public Fact orElseThrow() {
            throw new IllegalStateException("Fact " + fact.getId() + " is no longer current");
        }
    }
}
