package ai.scorecard.changes;

import ai.scorecard.scoring.CompanyInput;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.ProductInput;
import ai.scorecard.scoring.ProductScore;
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
        Replay replay = new Replay(atStart, to);
        OptionalDouble before = scorer.score(atStart, lens, from).overall();
        OptionalDouble current = replay.score();
        List<ScoreMove.Part> parts = new ArrayList<>();
        parts.add(new ScoreMove.Part(null, before, current));
        for (FactEvent event : events.stream().sorted(FactEvent.IN_ORDER).toList()) {
            replay.apply(event);
            OptionalDouble next = replay.score();
            parts.add(new ScoreMove.Part(event, current, next));
            current = next;
        }
        return new ScoreMove(atStart.slug(), before, current, parts);
    }

    /**
     * The company's facts as the events leave them, by product (the company's own under ""), judged at the end.
     * A company can have a hundred products and an import thousands of events: each event rescores only the
     * product it is about, and the company is rolled up again from the products' scores.
     */
    private final class Replay {

        private final CompanyInput start;
        private final LocalDate day;
        private final Map<String, Map<Long, Evidence>> facts = new HashMap<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<ProductInput> products;
        private final List<ProductScore> scores;

        Replay(CompanyInput start, LocalDate day) {
            this.start = start;
            this.day = day;
            start.facts().forEach(fact -> of(null).put(fact.factId(), fact));
            products = new ArrayList<>(start.products());
            scores = new ArrayList<>(products.size());
            for (ProductInput product : products) {
                index.put(product.slug(), index.size());
                product.facts().forEach(fact -> of(product.slug()).put(fact.factId(), fact));
                scores.add(scorer.score(product, lens, day));
            }
        }

        void apply(FactEvent event) {
            Map<Long, Evidence> held = of(event.productSlug());
            if (event.removes()) {
                held.remove(event.factId());
            } else {
                held.put(event.factId(), event.evidence());
            }
            Integer p = event.productSlug() == null ? null : index.get(event.productSlug());
            // A product no longer in the catalog keeps its facts here and scores nothing: the company has no such product.
            if (p != null) {
                ProductInput was = products.get(p);
                ProductInput now = new ProductInput(was.slug(), was.companySlug(), was.category(), was.weight(),
                        was.stage(), was.monetizationAtLaunch(), was.growthDriver(), was.integrationDepth(),
                        List.copyOf(held.values()));
                products.set(p, now);
                scores.set(p, scorer.score(now, lens, day));
            }
        }

        OptionalDouble score() {
            CompanyInput company = new CompanyInput(start.slug(), List.copyOf(of(null).values()), products);
            return scorer.rollUp(company, scores, day).overall();
        }

        private Map<Long, Evidence> of(String productSlug) {
            return facts.computeIfAbsent(productSlug == null ? "" : "product:" + productSlug,
                    key -> new LinkedHashMap<>());
        }
    }
}
