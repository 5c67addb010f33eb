package ai.scorecard.web;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.InForce;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A subject's ledger split the way a reader weighs it: what holds now, and what no longer does. */
public record FactSheet(List<Fact> current, List<Fact> superseded, List<Fact> retracted) {

    public FactSheet(List<Fact> ledger) {
        this(ledger.stream().filter(Fact::isCurrent).toList(),
                ledger.stream().filter(Fact::isSuperseded).filter(f -> !f.isRetracted()).toList(),
                ledger.stream().filter(Fact::isRetracted).toList());
    }

    /**
     * The ledger as it stood at a moment: the facts recorded by then, each current, superseded or retracted as it
     * was then (a fact retracted later was still current). The ledger as it stands when the moment is empty.
     */
    public static FactSheet at(List<Fact> ledger, Optional<Instant> moment) {
        if (moment.isEmpty()) {
            return new FactSheet(ledger);
        }
        Instant at = moment.get();
        List<Fact> known = ledger.stream().filter(fact -> fact.getRecordedAt().isBefore(at)).toList();
        return new FactSheet(known.stream().filter(fact -> InForce.of(fact).at(at)).toList(),
                known.stream().filter(fact -> before(fact.getSupersededAt(), at))
                        .filter(fact -> !before(fact.getRetractedAt(), at)).toList(),
                known.stream().filter(fact -> before(fact.getRetractedAt(), at)).toList());
    }

    private static boolean before(Instant when, Instant at) {
        return when != null && when.isBefore(at);
    }
}
