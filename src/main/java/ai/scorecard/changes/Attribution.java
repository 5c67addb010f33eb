package ai.scorecard.changes;

import ai.scorecard.scoring.CompanyInput;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.ProductInput;
import ai.scorecard.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Explains a company's score move by replaying its ledger: start from the facts in force at the start, judge
 * them at the end instead (the passing of time: facts go stale), then apply each fact event in order and score
 * after each. Every step is charged with exactly the change it caused, so the steps telescope to the whole move;
 * the order decides how an interaction between two events is shared, never the total.
 */
public final class Attribution {

    private final Scorer scorer;
    private final Lens lens;

    public Attribution(Scorer scorer, Lens lens) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.lens = Objects.requireNonNull(lens, "lens");
    }

    /**
     * @param atStart the company, its products and the facts in force at the end of {@code from}
     * @param events  what happened to its facts after that, up to the end of {@code to}, in any order
     */
    public ScoreMove explain(CompanyInput atStart, List<FactEvent> events, LocalDate from, LocalDate to) {
        Replay replay = new Replay(atStart);
        OptionalDouble before = score(replay.input(), from);
        OptionalDouble current = score(replay.input(), to);
        List<ScoreMove.Part> parts = new ArrayList<>();
        parts.add(new ScoreMove.Part(null, before, current));
        for (FactEvent event : events.stream().sorted(FactEvent.IN_ORDER).toList()) {
            replay.apply(event);
            OptionalDouble next = score(replay.input(), to);
            parts.add(new ScoreMove.Part(event, current, next));
            current = next;
        }
        return new ScoreMove(atStart.slug(), before, current, parts);
    }

    private OptionalDouble score(CompanyInput company, LocalDate day) {
        return scorer.score(company, lens, day).overall();
    }

    /** The company's facts as the events leave them, by product (the company's own under null). */
    private static final class Replay {

        private final CompanyInput start;
        private final Map<String, Map<Long, Evidence>> facts = new HashMap<>();

        Replay(CompanyInput start) {
            this.start = start;
            start.facts().forEach(fact -> of(null).put(fact.factId(), fact));
            start.products().forEach(product -> product.facts().forEach(fact -> of(product.slug()).put(fact.factId(), fact)));
        }

        void apply(FactEvent event) {
            if (event.removes()) {
                of(event.productSlug()).remove(event.factId());
            } else {
                of(event.productSlug()).put(event.factId(), event.evidence());
            }
        }

        /** A product no longer in the catalog keeps its facts here, and scores nothing: the company has no such product. */
        CompanyInput input() {
            List<ProductInput> products = start.products().stream()
                    .map(p -> new ProductInput(p.slug(), p.companySlug(), p.category(), p.weight(), p.stage(),
                            p.monetizationAtLaunch(), p.growthDriver(), p.integrationDepth(),
                            List.copyOf(of(p.slug()).values())))
                    .toList();
            return new CompanyInput(start.slug(), List.copyOf(of(null).values()), products);
        }

        private Map<Long, Evidence> of(String productSlug) {
            return facts.computeIfAbsent(productSlug == null ? "" : "product:" + productSlug,
                    key -> new LinkedHashMap<>());
        }
    }
}
