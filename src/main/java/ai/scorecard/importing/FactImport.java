package ai.scorecard.importing;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.checks.Problem;
import ai.scorecard.fact.BatchOutcome;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactColumns;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactEntry;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.importing.Preview.Plan;
import ai.scorecard.importing.Preview.Refusal;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Source;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports rows of facts in the seed's columns ({@code facts.csv}): checks each as the ledger checks a form's
 * fact, plus what only a file can get wrong (a subject or source that does not exist, a row stated twice),
 * and records them all through {@link FactLedger#recordAll} or none. A row equal to the current fact of its
 * subject and metric is unchanged and skipped, so that importing a file twice changes nothing the second time.
 */
@Service
@RequiredArgsConstructor
class FactImport implements RowImport {

    /** The columns a file must have; {@code as_of_basis} may be left out (observed). */
    static final List<String> COLUMNS = Stream.concat(Stream.of("subject_type", "subject"),
            FactColumns.STATEMENT.stream()).toList();

    static final List<String> REQUIRED = COLUMNS.stream().filter(column -> !column.equals("as_of_basis")).toList();

    /** The draft's fields by the file's columns, for placing a rule's reason in its column. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("metric", "metric", "value", "value", "level",
            "level", "unit", "unit", "currency", "currency", "qualifier", "qualifier", "asOf", "as_of",
            "asOfIsReadDate", "as_of_basis", "provenance", "provenance", "source", "source");

    /** The values a column may hold, where they are a list. */
    static final Map<String, List<String>> VALUES = Map.of("subject_type", List.of("company", "product"),
            "metric", Cells.names(Metric.values()), "qualifier", Cells.names(Qualifier.values()),
            "as_of_basis", List.of("observed", "read"), "provenance", Cells.names(Provenance.values()));

    private final FactLedger ledger;
    private final Catalog catalog;
    private final Bibliography bibliography;
    private final EntityManager entityManager;

    @Override
    public ImportKind kind() {
        return ImportKind.FACTS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public Map<String, List<String>> values() {
        return VALUES;
    }

    @Override
    @Transactional(readOnly = true)
    public Preview preview(String filename, List<Row> rows, IntConsumer checked) {
        Map<String, Fact> current = new HashMap<>();
        List<Fact> currentFacts = ledger.currentWithSubjects();
        for (Fact fact : currentFacts) {
            String subject = fact.getProduct() != null ? "product " + fact.getProduct().getSlug()
                    : "company " + fact.getCompany().getSlug();
            current.put(subject + " " + fact.getMetric(), fact);
        }
        // Only compared with the rows, never changed here: on the large dataset the commit, which previews again
        // in its own transaction, would otherwise carry 100,000 managed facts through every flush. Anything the
        // transaction changed before is written first, so that detaching loses nothing.
        entityManager.flush();
        currentFacts.forEach(entityManager::detach);
        List<Refusal> refusals = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<FactEntry> entries = new ArrayList<>();
        Map<String, Long> firstRowOf = new HashMap<>();
        Map<String, Long> lastRowAbout = new HashMap<>();
        Map<Long, Source> sources = new HashMap<>();
        Map<String, Optional<Subject>> subjects = new HashMap<>();
        int done = 0;
        for (Row row : rows) {
            checked.accept(++done);
            List<Refusal> refused = new ArrayList<>();
            Optional<FactEntry> entry = entry(row, refused, sources, subjects);
            if (entry.isEmpty()) {
                refusals.addAll(refused);
                continue;
            }
            String about = row.get("subject_type") + " " + row.get("subject") + " " + entry.get().draft().metric();
            Long earlier = firstRowOf.putIfAbsent(about + " " + entry.get().draft().asOf(), row.number());
            if (earlier != null) {
                refusals.add(new Refusal(row.number(), "as_of", "import.refused.duplicate", null, List.of(),
                        List.of(String.valueOf(earlier))));
                continue;
            }
            plans.add(plan(row, about, entry.get(), current.get(about), lastRowAbout.get(about), entries));
            lastRowAbout.put(about, row.number());
        }
        return new Preview(filename, ImportKind.FACTS, rows.size(), refusals, plans, entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Integer> record(Preview preview) {
        return ledger.recordAll((List<FactEntry>) preview.entries()) instanceof BatchOutcome.Recorded recorded
                ? Optional.of(recorded.facts().size()) : Optional.empty();
    }

    private static Plan plan(Row row, String about, FactEntry entry, Fact current, Long earlierRow,
            List<FactEntry> entries) {
        String subject = row.get("subject");
        String metric = entry.draft().metric().name();
        if (earlierRow != null) {
            entries.add(entry);
            return new Plan(row.number(), subject, metric, Plan.Action.SUPERSEDES, null, earlierRow);
        }
        if (current == null) {
            entries.add(entry);
            return new Plan(row.number(), subject, metric, Plan.Action.NEW, null, null);
        }
        if (same(current, entry.draft())) {
            return new Plan(row.number(), subject, metric, Plan.Action.UNCHANGED, current.getId(), null);
        }
        entries.add(entry);
        Plan.Action action = entry.draft().asOf().isBefore(current.getAsOf()) ? Plan.Action.HISTORY
                : Plan.Action.SUPERSEDES;
        return new Plan(row.number(), subject, metric, action, current.getId(), null);
    }

    private static boolean same(Fact fact, FactDraft draft) {
        return sameNumber(fact.getValueNumeric(), draft.value()) && Objects.equals(fact.getValueLevel(), draft.level())
                && Objects.equals(fact.getUnit(), draft.unit()) && Objects.equals(fact.getCurrency(), draft.currency())
                && fact.getQualifier() == draft.qualifier() && fact.getAsOf().equals(draft.asOf())
                && fact.isAsOfIsReadDate() == draft.asOfIsReadDate() && fact.getProvenance() == draft.provenance()
                && fact.getSource().getId().equals(draft.source().getId())
                && Objects.equals(fact.getClaim(), draft.claim());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The row as a ledger entry, or empty with the row's refusals added. */
    private Optional<FactEntry> entry(Row row, List<Refusal> refused, Map<Long, Source> sources,
            Map<String, Optional<Subject>> subjects) {
        Source source = source(row.get("source"), sources);
        if (source == null) {
            refused.add(refusal(row, "source", "import.refused.source"));
        }
        FactColumns.Read read = FactColumns.read(column -> column.equals("claim")
                ? unneutralised(row.get(column)) : row.get(column), source);
        read.problems().forEach(problem -> refused.add(refusal(row, problem.field(), problem.code())));
        Optional<Subject> subject = subject(row, refused, subjects);
        if (!refused.isEmpty()) {
            return Optional.empty();
        }
        for (Problem problem : ledger.check(read.draft())) {
            String column = problem.field() == null ? null : COLUMN_OF_FIELD.getOrDefault(problem.field(), "claim");
            refused.add(new Refusal(row.number(), column, problem.code(), problem.message(), problem.argumentCodes(),
                    List.of()));
        }
        if (!refused.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(subject.get().product() != null ? FactEntry.about(subject.get().product(), read.draft())
                : FactEntry.about(subject.get().company(), read.draft()));
    }

    private record Subject(Product product, Company company) {
    }

    /** The row's subject, each looked up once per file: a large file names a few hundred subjects many times. */
    private Optional<Subject> subject(Row row, List<Refusal> refused, Map<String, Optional<Subject>> subjects) {
        String slug = row.get("subject");
        String type = row.get("subject_type");
        Optional<Subject> subject = switch (type) {
            case "product" -> subjects.computeIfAbsent(type + " " + slug,
                    key -> catalog.product(slug).map(product -> new Subject(product, null)));
            case "company" -> subjects.computeIfAbsent(type + " " + slug,
                    key -> catalog.company(slug).map(company -> new Subject(null, company)));
            default -> {
                refused.add(refusal(row, "subject_type", "fact.column.notListed"));
                yield Optional.empty();
            }
        };
        if (subject.isEmpty() && refused.isEmpty()) {
            refused.add(refusal(row, "subject", "import.refused.subject"));
        }
        return subject;
    }

    /** A source by the id the exports write in the {@code source} column; null when there is none. */
    private Source source(String id, Map<Long, Source> sources) {
        if (!id.matches("\\d{1,18}")) {
            return null;
        }
        return sources.computeIfAbsent(Long.parseLong(id), key -> bibliography.find(key).orElse(null));
    }

    /**
     * The claim as written: the exports put an apostrophe before a text a spreadsheet would read as a formula
     * (OWASP CSV injection), which the import takes off again.
     */
    private static String unneutralised(String claim) {
        return claim.length() > 1 && claim.charAt(0) == '\'' && "=+-@\t\r".indexOf(claim.charAt(1)) >= 0
                ? claim.substring(1) : claim;
    }

    private static Refusal refusal(Row row, String column, String code) {
        return new Refusal(row.number(), column, code, null, List.of(), List.of());
    }
}
