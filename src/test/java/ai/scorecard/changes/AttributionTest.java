package ai.scorecard.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoring.CompanyInput;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.MethodologyFixtures;
import ai.scorecard.scoring.ProductInput;
import ai.scorecard.scoring.Scorer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The attribution on hand-made ledgers: the steps add up to the whole move, the ends are the scores a plain
 * scoring of the facts in force gives, and each fact is charged with what it did.
 */
class AttributionTest {

    static final Scorer SCORER = new Scorer(MethodologyFixtures.versionTwo());
    static final Lens OFFICIAL = SCORER.methodology().official();
    static final LocalDate FROM = LocalDate.of(2026, 6, 30);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);
    static final Instant DURING = Instant.parse("2026-08-01T10:00:00Z");
    static final List<Metric> LEVELS = List.of(Metric.MONETIZATION_PATH, Metric.GROWTH_DRIVER,
            Metric.RETENTION_QUALITY, Metric.PAIN_POINT_FIT, Metric.INTEGRATION, Metric.NICHE_STANDING,
            Metric.EXECUTION_PACE, Metric.USABILITY);

    final Attribution attribution = new Attribution(SCORER, OFFICIAL);

    @Test
    void aRecordedFactIsChargedWithTheWholeMoveWhenNothingElseHappened() {
        Evidence paid = level(1, Metric.MONETIZATION_PATH, "NO_NEW_REVENUE", TO.minusDays(10));
        Evidence better = level(2, Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH", TO.minusDays(5));
        Evidence usable = level(3, Metric.USABILITY, "GOOD", TO.minusDays(5));
        CompanyInput start = company(List.of(paid, usable), List.of());
        List<FactEvent> events = List.of(
                FactEvent.recorded(DURING, "p0", better),
                FactEvent.superseded(DURING, "p0", paid, better.factId()));

        ScoreMove move = attribution.explain(start, events, FROM, TO);

        assertThat(move.change()).isPresent();
        assertThat(move.change().getAsDouble()).isPositive();
        assertThat(move.parts().get(0).isTime()).isTrue();
        assertThat(move.parts().get(0).moved()).as("both facts are fresh on either date").isFalse();
        // The old value leaves first, then the new one comes in: the two together are the move.
        assertThat(move.parts().get(1).event().kind()).isEqualTo(FactEvent.Kind.SUPERSEDED);
        assertThat(move.parts().get(1).points().orElse(0) + move.parts().get(2).points().orElse(0))
                .isCloseTo(move.change().getAsDouble(), within(1e-9));
    }

    @Test
    void theFactsGoingStaleIsALineOfItsOwn() {
        Evidence old = level(1, Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH", FROM.minusDays(300));
        Evidence other = level(2, Metric.USABILITY, "GOOD", TO.minusDays(3));
        ScoreMove move = attribution.explain(company(List.of(old, other), List.of()), List.of(), FROM, TO);

        assertThat(move.parts()).hasSize(1);
        assertThat(move.parts().get(0).isTime()).isTrue();
        assertThat(move.parts().get(0).moved()).as("stale by the end, fresh at the start").isTrue();
        assertThat(move.moves()).hasSize(1);
    }

    @Property(tries = 200)
    void thePartsAddUpToTheMoveAndTheEndsAreTheScoresOfTheFactsInForce(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 12) int eventCount) {
        Random random = new Random(seed);
        Map<Long, Evidence> inForce = new LinkedHashMap<>();
        Map<Long, String> productOf = new LinkedHashMap<>();
        long nextId = 1;
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            Evidence fact = randomFact(random, nextId++);
            String product = "p" + random.nextInt(2);
            if (heldBy(inForce, productOf, product, fact.metric()) == null) {
                inForce.put(fact.factId(), fact);
                productOf.put(fact.factId(), product);
            }
        }
        CompanyInput start = company(factsOf(inForce, productOf, "p0"), factsOf(inForce, productOf, "p1"));
        List<FactEvent> events = new ArrayList<>();
        Instant at = DURING;
        for (int i = 0; i < eventCount; i++) {
            at = at.plusSeconds(random.nextInt(3) * 3600L);
            if (!inForce.isEmpty() && random.nextBoolean()) {
                Long id = new ArrayList<>(inForce.keySet()).get(random.nextInt(inForce.size()));
                Evidence gone = inForce.remove(id);
                events.add(FactEvent.retracted(at, productOf.get(id), gone));
            } else {
                // As the ledger does: a new value of a metric supersedes the one in force.
                Evidence fact = randomFact(random, nextId++);
                String product = "p" + random.nextInt(2);
                Evidence older = heldBy(inForce, productOf, product, fact.metric());
                if (older != null) {
                    inForce.remove(older.factId());
                    events.add(FactEvent.superseded(at, product, older, fact.factId()));
                }
                inForce.put(fact.factId(), fact);
                productOf.put(fact.factId(), product);
                events.add(FactEvent.recorded(at, product, fact));
            }
        }
        CompanyInput end = company(factsOf(inForce, productOf, "p0"), factsOf(inForce, productOf, "p1"));

        ScoreMove move = attribution.explain(start, events, FROM, TO);

        assertThat(move.before()).isEqualTo(SCORER.score(start, OFFICIAL, FROM).overall());
        assertThat(move.after()).isEqualTo(SCORER.score(end, OFFICIAL, TO).overall());
        assertThat(move.parts()).hasSize(events.size() + 1);
        for (int i = 1; i < move.parts().size(); i++) {
            assertThat(move.parts().get(i).before()).isEqualTo(move.parts().get(i - 1).after());
        }
        if (move.parts().stream().allMatch(part -> part.before().isPresent() && part.after().isPresent())) {
            double sum = move.parts().stream().mapToDouble(part -> part.points().getAsDouble()).sum();
            assertThat(sum).isCloseTo(move.change().getAsDouble(), within(1e-9));
        }
    }

    static Evidence randomFact(Random random, long id) {
        Metric metric = LEVELS.get(random.nextInt(LEVELS.size()));
        String level = metric.levels().get(random.nextInt(metric.levels().size()));
        return level(id, metric, level, TO.minusDays(random.nextInt(600)));
    }

    static Evidence heldBy(Map<Long, Evidence> facts, Map<Long, String> productOf, String product, Metric metric) {
        return facts.values().stream()
                .filter(fact -> productOf.get(fact.factId()).equals(product) && fact.metric() == metric)
                .findFirst().orElse(null);
    }

    static List<Evidence> factsOf(Map<Long, Evidence> facts, Map<Long, String> productOf, String product) {
        return facts.values().stream().filter(fact -> productOf.get(fact.factId()).equals(product)).toList();
    }

    static CompanyInput company(List<Evidence> first, List<Evidence> second) {
        return new CompanyInput("acme", List.of(), List.of(
                new ProductInput("p0", "acme", Category.ASSISTANT_APP, Weight.FLAGSHIP, Stage.LAUNCHED, null, null,
                        null, first),
                new ProductInput("p1", "acme", Category.CODING_TOOL, Weight.MAJOR, Stage.LAUNCHED, null, null, null,
                        second)));
    }

    static Evidence level(long id, Metric metric, String level, LocalDate asOf) {
        return new Evidence(id, metric, (BigDecimal) null, level, Qualifier.EXACT, asOf, Provenance.THIRD_PARTY,
                "A report", "https://example.org/" + id, asOf, false, "A claim");
    }
}
