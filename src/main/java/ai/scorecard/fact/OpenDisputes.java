package ai.scorecard.fact;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The disputes that stand, by the id of the fact each disputes, for pages to show beside the fact. */
public record OpenDisputes(Map<Long, List<Dispute>> byFact) {

    public static final OpenDisputes NONE = new OpenDisputes(Map.of());

    static OpenDisputes of(List<Dispute> open) {
        return new OpenDisputes(open.stream().collect(Collectors.groupingBy(dispute -> dispute.getFact().getId())));
    }

    /** The disputes of the fact that stand, oldest first; none for a fact nobody disputes (or a null id). */
    public List<Dispute> on(Long factId) {
        return factId == null ? List.of() : byFact.getOrDefault(factId, List.of());
    }

    public boolean isEmpty() {
        return byFact.isEmpty();
    }
}
