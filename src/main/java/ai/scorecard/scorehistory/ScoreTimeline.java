package ai.scorecard.scorehistory;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.CurrentFact;
import ai.scorecard.fact.FactInTime;
import ai.scorecard.fact.InForce;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Scorer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Some companies' and their products' scores on past days, replayed from every fact ever recorded about them:
 * on each day, the facts in force at its end ({@link InForce}), scored through {@link Standings#scored} as the
 * standings of that day are, freshness judged against the day. So each point is exactly what the scorecard
 * showed as of that day, without a query per day.
 *
 * <p>The days: the end of each month from the month of the first fact to last month, each day a fact was
 * recorded, superseded or retracted, and today. With no fact at all there is no history: no day, rather than a
 * line at zero.
 *
 * @param points   one per day, oldest first
 * @param products for each product slug, the days its own history keeps (a product page shows fewer days)
 */
public record ScoreTimeline(List<Point> points, Map<String, SubjectDays> products) {

    public ScoreTimeline {
        points = List.copyOf(points);
        products = Map.copyOf(products);
    }

    /**
     * The scores on one day; a score is empty when the scorecard had too little evidence then, and stays
     * empty: a gap, never zero.
     *
     * @param monthEnd  the last day of a month
     * @param change    a fact about one of the subjects was recorded, superseded or retracted that day
     * @param version   the methodology version the scores are under
     * @param companies each company's overall score, by slug
     * @param products  each product's overall score, by slug
     */
    public record Point(LocalDate day, boolean monthEnd, boolean change, int version,
            Map<String, OptionalDouble> companies, Map<String, OptionalDouble> products) {
    }

    /** The first day a fact about a subject was recorded, and the days its facts changed. */
    public record SubjectDays(LocalDate first, Set<LocalDate> changes) {

        boolean keeps(LocalDate day, boolean monthEnd, LocalDate today) {
            return !day.isBefore(first) && (monthEnd || changes.contains(day) || day.equals(today));
        }
    }

    /**
     * Replays the ledger.
     *
     * @param facts    every fact about the companies and their products, in force or not
     * @param rulesOn  the methodology each day is scored under: the current one, or the one in force then
     * @param lensCode the lens, official when null; a day whose rules lack it has no scores
     * @param scorers  the compiled scorer of some rules
     * @param zone     the zone days begin and end in, the scorecard clock's
     */
    public static ScoreTimeline replay(List<Company> companies, List<Product> products, List<FactInTime> facts,
            Function<LocalDate, PublishedMethodology> rulesOn, String lensCode,
            Function<PublishedMethodology, Scorer> scorers, LocalDate today, ZoneId zone) {
        if (facts.isEmpty()) {
            return new ScoreTimeline(List.of(), Map.of());
        }
        Map<Long, String> productSlugs = new HashMap<>();
        products.forEach(product -> productSlugs.put(product.getId(), product.getSlug()));
        Set<LocalDate> changes = new TreeSet<>();
        Map<String, SubjectDays> productDays = new HashMap<>();
        LocalDate first = today;
        for (FactInTime fact : facts) {
            List<LocalDate> moved = changeDays(fact.inForce(), zone, today);
            changes.addAll(moved);
            LocalDate recorded = day(fact.inForce().recordedAt(), zone);
            first = recorded.isBefore(first) ? recorded : first;
            String product = fact.fact().productId() == null ? null : productSlugs.get(fact.fact().productId());
            if (product != null) {
                SubjectDays known = productDays.computeIfAbsent(product, slug -> new SubjectDays(recorded, new TreeSet<>()));
                known.changes().addAll(moved);
                if (recorded.isBefore(known.first())) {
                    productDays.put(product, new SubjectDays(recorded, known.changes()));
                }
            }
        }
        Set<LocalDate> monthEnds = monthEnds(first, today);
        TreeSet<LocalDate> days = new TreeSet<>(changes);
        days.addAll(monthEnds);
        days.add(today);
        // Each day reads its facts in the order they were recorded (by id), as the standings of that day do.
        List<FactInTime> byId = facts.stream().sorted(Comparator.comparingLong(fact -> fact.fact().id())).toList();
        List<Point> points = new ArrayList<>(days.size());
        for (LocalDate day : days.headSet(today, true)) {
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            List<CurrentFact> inForce = byId.stream().filter(fact -> fact.inForce().at(end)).map(FactInTime::fact)
                    .toList();
            PublishedMethodology methodology = rulesOn.apply(day);
            Optional<Lens> lens = lensCode == null ? Optional.of(methodology.rules().official())
                    : methodology.rules().lens(lensCode);
            Map<String, OptionalDouble> companyScores = new LinkedHashMap<>();
            Map<String, OptionalDouble> productScores = new HashMap<>();
            if (lens.isPresent()) {
                Standings standings = Standings.scored(methodology, lens.get(), companies, products, inForce, day,
                        scorers.apply(methodology));
                for (CompanyScore company : standings.companies()) {
                    companyScores.put(company.slug(), company.overall());
                    for (Contribution part : company.products()) {
                        productScores.put(part.product().slug(), part.product().overall());
                    }
                }
            } else {
                companies.forEach(company -> companyScores.put(company.getSlug(), OptionalDouble.empty()));
            }
            points.add(new Point(day, monthEnds.contains(day), changes.contains(day), methodology.version(),
                    companyScores, productScores));
        }
        Map<String, SubjectDays> frozen = new HashMap<>();
        productDays.forEach((slug, known) -> frozen.put(slug, new SubjectDays(known.first(), Set.copyOf(known.changes()))));
        return new ScoreTimeline(points, frozen);
    }

    /** No point: nothing was ever recorded about the subjects. */
    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * One product's own history: its score on the month ends since its first fact, on the days its own facts
     * changed (only those are marked as changes), and today; empty when nothing was ever recorded about it.
     */
    public List<Point> ofProduct(String slug) {
        SubjectDays days = products.get(slug);
        if (days == null || points.isEmpty()) {
            return List.of();
        }
        LocalDate today = points.get(points.size() - 1).day();
        return points.stream().filter(point -> days.keeps(point.day(), point.monthEnd(), today))
                .map(point -> new Point(point.day(), point.monthEnd(), days.changes().contains(point.day()),
                        point.version(), point.companies(), point.products()))
                .toList();
    }

    private static List<LocalDate> changeDays(InForce inForce, ZoneId zone, LocalDate today) {
        List<LocalDate> days = new ArrayList<>(3);
        for (Instant moment : new Instant[] {inForce.recordedAt(), inForce.supersededAt(), inForce.retractedAt()}) {
            if (moment != null && !day(moment, zone).isAfter(today)) {
                days.add(day(moment, zone));
            }
        }
        return days;
    }

    /** The last day of each month from the first day's month up to, not including, today's month. */
    private static Set<LocalDate> monthEnds(LocalDate first, LocalDate today) {
        Set<LocalDate> ends = new TreeSet<>();
        for (YearMonth month = YearMonth.from(first); month.isBefore(YearMonth.from(today)); month = month.plusMonths(1)) {
            ends.add(month.atEndOfMonth());
        }
        return ends;
    }

    private static LocalDate day(Instant moment, ZoneId zone) {
        return LocalDate.ofInstant(moment, zone);
    }
}
