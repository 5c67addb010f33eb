package ai.scorecard.changes;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.CurrentFact;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyInput;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.ProductInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what changed in a window from the ledger and explains each score move with {@link Attribution}: the
 * facts in force at the window's start, then the fact events inside it. Scores are compared under the
 * methodology in force at the window's end, so that only facts and time move them; what a change of the rules
 * did is the methodology diff's to tell.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ChangeLog {

    private final Scoreboard scoreboard;
    private final FactLedger ledger;
    private final Clock clock;

    public LocalDate today() {
        return scoreboard.today();
    }

    /** The zone the scorecard's days are counted in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Every change in the window, about every company. */
    public Changes between(ChangeWindow window) {
        return changes(window, scoreboard.all(null, null, window.to()));
    }

    /** The changes in the window about one company and its products. */
    public Changes about(Company company, ChangeWindow window) {
        return changes(window, scoreboard.of(List.of(company), null, null, window.to()));
    }

    private Changes changes(ChangeWindow window, Standings atEnd) {
        ZoneId zone = clock.getZone();
        Instant start = window.start(zone);
        Instant end = window.end(zone);
        Map<Long, Company> companies = new HashMap<>();
        atEnd.companyRecords().forEach(company -> companies.put(company.getId(), company));
        Map<Long, Product> products = new HashMap<>();
        atEnd.products().forEach(product -> products.put(product.getId(), product));

        Map<Long, List<CurrentFact>> inForce = new HashMap<>();
        List<CurrentFact> atStart = atEnd.companyRecords().size() == 1
                ? ledger.inForceAbout(List.copyOf(companies.keySet()), start) : ledger.inForceAt(start);
        for (CurrentFact fact : atStart) {
            Long companyId = companyOf(fact.companyId(), fact.productId(), products);
            if (companies.containsKey(companyId)) {
                inForce.computeIfAbsent(companyId, id -> new ArrayList<>()).add(fact);
            }
        }

        List<Fact> changed = (atEnd.companyRecords().size() == 1
                ? ledger.changedBetween(atEnd.companyRecords().get(0), start, end)
                : ledger.changedBetween(start, end)).stream()
                .filter(fact -> companies.containsKey(companyOf(fact))).toList();
        Map<Long, List<FactEvent>> events = new HashMap<>();
        Map<FactEvent, Fact> factOf = new HashMap<>();
        for (Fact fact : changed) {
            for (FactEvent event : eventsOf(fact, start, end)) {
                events.computeIfAbsent(companyOf(fact), id -> new ArrayList<>()).add(event);
                factOf.put(event, fact);
            }
        }

        Attribution attribution = new Attribution(atEnd.scorer(), atEnd.lens());
        Map<FactEvent, ScoreMove.Part> parts = new HashMap<>();
        Map<Company, ScoreMove> moved = new HashMap<>();
        Map<Long, List<Product>> productsOf = new HashMap<>();
        atEnd.products().forEach(product -> productsOf.computeIfAbsent(product.getCompany().getId(),
                id -> new ArrayList<>()).add(product));
        for (Company company : atEnd.companyRecords()) {
            CompanyInput input = input(company, inForce.getOrDefault(company.getId(), List.of()),
                    productsOf.getOrDefault(company.getId(), List.of()));
            ScoreMove move = attribution.explain(input, events.getOrDefault(company.getId(), List.of()),
                    window.from(), window.to());
            move.parts().stream().filter(part -> !part.isTime()).forEach(part -> parts.put(part.event(), part));
            if (move.moved()) {
                moved.put(company, move);
            }
        }

        Map<FactEvent, Changes.Change> changeOf = new HashMap<>();
        factOf.forEach((event, fact) -> changeOf.put(event, new Changes.Change(event.kind(), event.at(),
                event.at().atZone(zone).toLocalDate(), fact, companies.get(companyOf(fact)), fact.getProduct(),
                Optional.ofNullable(parts.get(event)))));
        List<Changes.Change> listed = new ArrayList<>(changeOf.values());
        listed.sort(Comparator.comparing(Changes.Change::at).reversed()
                .thenComparing(change -> change.fact().getId(), Comparator.reverseOrder()));
        List<Changes.Move> moves = new ArrayList<>();
        moved.forEach((company, move) -> moves.add(new Changes.Move(company, move, move.moves().stream()
                .map(part -> new Changes.Step(part, part.isTime() ? null : changeOf.get(part.event()))).toList())));
        // The largest moves first; a score that appeared or went away before every number.
        moves.sort(Comparator.comparingDouble((Changes.Move move) -> -Math.abs(move.move().change().orElse(1000)))
                .thenComparing(move -> move.company().getSlug()));
        return new Changes(window, atEnd.methodology(), listed, moves);
    }

    private static List<FactEvent> eventsOf(Fact fact, Instant start, Instant end) {
        String product = fact.getProduct() == null ? null : fact.getProduct().getSlug();
        Evidence evidence = evidence(fact);
        List<FactEvent> events = new ArrayList<>(2);
        if (within(fact.getRecordedAt(), start, end)) {
            events.add(FactEvent.recorded(fact.getRecordedAt(), product, evidence));
        }
        if (within(fact.getSupersededAt(), start, end)) {
            events.add(FactEvent.superseded(fact.getSupersededAt(), product, evidence, fact.getSupersededBy()));
        }
        if (within(fact.getRetractedAt(), start, end)) {
            events.add(FactEvent.retracted(fact.getRetractedAt(), product, evidence));
        }
        return events;
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private static Long companyOf(Fact fact) {
        return fact.getProduct() != null ? fact.getProduct().getCompany().getId() : fact.getCompany().getId();
    }

    private static Long companyOf(Long companyId, Long productId, Map<Long, Product> products) {
        if (productId == null) {
            return companyId;
        }
        Product product = products.get(productId);
        return product == null ? null : product.getCompany().getId();
    }

    /** The company with its products' traits as they are now and the facts in force at the start. */
    private static CompanyInput input(Company company, List<CurrentFact> facts, List<Product> products) {
        Map<Long, List<Evidence>> byProduct = new HashMap<>();
        List<Evidence> own = new ArrayList<>();
        for (CurrentFact fact : facts) {
            Evidence evidence = new Evidence(fact.id(), fact.metric(), fact.value(), fact.level(), fact.qualifier(),
                    fact.asOf(), fact.provenance(), fact.sourceTitle(), fact.sourceUrl(), fact.sourceDate(),
                    fact.asOfIsReadDate(), fact.claim(), fact.sourceTitleZh(), fact.claimZh());
            if (fact.productId() == null) {
                own.add(evidence);
            } else {
                byProduct.computeIfAbsent(fact.productId(), id -> new ArrayList<>()).add(evidence);
            }
        }
        List<ProductInput> inputs = products.stream()
                .map(product -> new ProductInput(product.getSlug(), company.getSlug(), product.getCategory(),
                        product.getWeight(), product.getStage(), product.getMonetizationAtLaunch(),
                        product.getGrowthDriver(), product.getIntegrationDepth(),
                        byProduct.getOrDefault(product.getId(), List.of())))
                .toList();
        return new CompanyInput(company.getSlug(), own, inputs);
    }

    private static Evidence evidence(Fact fact) {
        return new Evidence(fact.getId(), fact.getMetric(), fact.getValueNumeric(), fact.getValueLevel(),
                fact.getQualifier(), fact.getAsOf(), fact.getProvenance(), fact.getSource().getTitle(),
                fact.getSource().getUrl(), fact.getSource().getPublishedOn(), fact.isAsOfIsReadDate(),
                fact.getClaim(), fact.getSource().getTitleZh(), fact.getClaimZh());
    }
}
