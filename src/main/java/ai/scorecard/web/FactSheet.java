package ai.scorecard.web;

import ai.scorecard.fact.Fact;
import java.util.List;

/** A subject's ledger split the way a reader weighs it: what holds now, and what no longer does. */
public record FactSheet(List<Fact> current, List<Fact> superseded, List<Fact> retracted) {

    public FactSheet(List<Fact> ledger) {
        this(ledger.stream().filter(Fact::isCurrent).toList(),
                ledger.stream().filter(Fact::isSuperseded).filter(f -> !f.isRetracted()).toList(),
                ledger.stream().filter(Fact::isRetracted).toList());
    }
}
