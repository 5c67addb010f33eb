package ai.scorecard.importing;

import ai.scorecard.checks.Problem;
import ai.scorecard.importing.Preview.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row's cells read as the values of a draft, each cell that cannot be read noted as a refusal in its column
 * (with the codes the facts' columns use), so that the domain's rules then judge only what could be read.
 */
final class Cells {

    private final Row row;
    private final List<Refusal> refused;

    Cells(Row row, List<Refusal> refused) {
        this.row = row;
        this.refused = refused;
    }

    String text(String column) {
        return row.get(column);
    }

    /** The column's text, or null when the file has no such column (an optional one) or leaves it blank. */
    String optional(String column) {
        String text = row.get(column);
        return text.isEmpty() ? null : text;
    }

    /** One of the enum's constants by name; null when blank (the domain's rule then says it is needed). */
    <E extends Enum<E>> E listed(String column, Class<E> type) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            refused.add(Refusal.of(row.number(), column, "fact.column.notListed"));
            return null;
        }
    }

    LocalDate date(String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            refused.add(Refusal.of(row.number(), column, "fact.column.date"));
            return null;
        }
    }

    /** Adds the domain's problems as refusals, each in the column of its field ({@code nameEn}: name_en). */
    void refuse(List<Problem> problems, Map<String, String> columnOfField) {
        for (Problem problem : problems) {
            String field = problem.field();
            String column = field == null ? null : columnOfField.getOrDefault(field, snakeCase(field));
            refused.add(new Refusal(row.number(), column, problem.code(), problem.message(), problem.argumentCodes(),
                    List.of()));
        }
    }

    private static String snakeCase(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
