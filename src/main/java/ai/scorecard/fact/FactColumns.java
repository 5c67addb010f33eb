package ai.scorecard.fact;

import ai.scorecard.checks.Problem;
import ai.scorecard.source.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A fact as a row of the seed's {@code facts.csv} states it, which the exports write and the import reads: the
 * columns' names and how their text becomes a {@link FactDraft}. Only reading is judged here (a metric that
 * does not exist, a number or date that is none); the rules of a fact stay with the draft and the ledger.
 */
public final class FactColumns {

    /**
     * The columns that state the fact, after {@code subject_type} and {@code subject}; {@code claim_zh}, the
     * claim in Chinese, may follow.
     */
    public static final List<String> STATEMENT = List.of("metric", "value", "level", "unit", "currency", "qualifier",
            "as_of", "as_of_basis", "provenance", "source", "claim");

    private FactColumns() {
    }

    /**
     * What a row states, citing the source given (the caller finds it by the {@code source} column), or the
     * columns that could not be read, each as a {@link Problem} whose field is the column's name.
     *
     * @param cell a column's text, empty when the row leaves it out ({@code as_of_basis} may be left out:
     *     observed)
     */
    public static Read read(UnaryOperator<String> cell, Source source) {
        List<Problem> problems = new ArrayList<>();
        Metric metric = parsed(cell, "metric", Metric::valueOf, "fact.column.notListed", problems);
        BigDecimal value = parsed(cell, "value", BigDecimal::new, "fact.column.number", problems);
        Qualifier qualifier = parsed(cell, "qualifier", Qualifier::valueOf, "fact.column.notListed", problems);
        LocalDate asOf = parsed(cell, "as_of", LocalDate::parse, "fact.column.date", problems);
        Provenance provenance = parsed(cell, "provenance", Provenance::valueOf, "fact.column.notListed", problems);
        boolean readDate = switch (cell.apply("as_of_basis").strip()) {
            case "", "observed" -> false;
            case "read" -> true;
            default -> {
                problems.add(Problem.of("as_of_basis", "fact.column.notListed"));
                yield false;
            }
        };
        FactDraft draft = new FactDraft(metric, value, cell.apply("level"), scope(cell.apply("unit")),
                cell.apply("currency"), qualifier, asOf, readDate, provenance, source, cell.apply("claim"),
                cell.apply("claim_zh"));
        return new Read(problems.isEmpty() ? draft : null, problems);
    }

    /**
     * A rank's scope as a {@link RankScope} code. Files written before scopes were a list (the fixed copy of the
     * old seed, data sets the benchmark generated then) name them in the words they used; V15 maps the stored
     * ones the same way. Anything else is read as it is, and the ledger judges it.
     */
    private static String scope(String unit) {
        return OLDER_SCOPES.getOrDefault(unit, unit);
    }

    private static final Map<String, String> OLDER_SCOPES = Map.of("rank in China", RankScope.CHINA.name(),
            "rank in niche", RankScope.NICHE.name(), "rank on benchmark", RankScope.BENCHMARK.name());

    /** A row read: its draft, or null with the columns that could not be read. */
    public record Read(FactDraft draft, List<Problem> problems) {
    }

    private static <T> T parsed(UnaryOperator<String> cell, String column, Function<String, T> parser, String code,
            List<Problem> problems) {
        String text = cell.apply(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(Problem.of(column, code));
            return null;
        }
    }
}
