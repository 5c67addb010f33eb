package ai.scorecard.changes;

import ai.scorecard.scoring.Evidence;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One change to the ledger that can move a score: a fact came into force, or left it.
 *
 * @param productSlug the product the fact is about; null when it is about the company itself
 * @param evidence    the fact as scoring reads it (for a fact that left, as it was while in force)
 * @param cause       orders events of one instant as the ledger wrote them (see {@link #IN_ORDER})
 */
public record FactEvent(Instant at, Kind kind, String productSlug, Evidence evidence, long cause) {

    public enum Kind {
        RECORDED, SUPERSEDED, RETRACTED
    }

    /**
     * The order the ledger lived them in. Many events can share an instant (an import, or a clock pinned for a
     * demo): ids grow as facts are recorded, so a recording comes in its id's place, a superseded fact leaves
     * just before the fact that superseded it comes in, and a retraction comes after every recording.
     */
    public static final Comparator<FactEvent> IN_ORDER = Comparator.comparing(FactEvent::at)
            .thenComparingLong(FactEvent::cause)
            .thenComparing(FactEvent::kind, Comparator.comparingInt(kind -> kind == Kind.SUPERSEDED ? 0 : 1))
            .thenComparingLong(FactEvent::factId);

    public FactEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }

    public static FactEvent recorded(Instant at, String productSlug, Evidence fact) {
        return new FactEvent(at, Kind.RECORDED, productSlug, fact, fact.factId());
    }

    /** @param by the fact that took its place; null when the ledger did not keep it (it left after every recording then) */
    public static FactEvent superseded(Instant at, String productSlug, Evidence fact, Long by) {
        return new FactEvent(at, Kind.SUPERSEDED, productSlug, fact, by == null ? Long.MAX_VALUE - 1 : by);
    }

    public static FactEvent retracted(Instant at, String productSlug, Evidence fact) {
        return new FactEvent(at, Kind.RETRACTED, productSlug, fact, Long.MAX_VALUE);
    }

    public long factId() {
        return evidence.factId();
    }

    public boolean removes() {
        return kind != Kind.RECORDED;
    }
}
