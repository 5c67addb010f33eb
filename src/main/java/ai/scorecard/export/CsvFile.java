package ai.scorecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV: UTF-8 with a byte order mark (without it Excel reads Chinese as the local code page),
 * a header of column names, RFC 4180 quoting. Numbers are written plainly, never in exponent notation.
 */
final class CsvFile {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFile() {
    }

    static <T> void write(Table<T> table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(table.columns().stream().map(Column::name).toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        List<String> cells = new ArrayList<>(table.columns().size());
        for (T row : table.rows()) {
            cells.clear();
            for (Column<T> column : table.columns()) {
                cells.add(cell(column.kind(), column.value().apply(row)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String cell(Column.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (kind == Column.Kind.TEXT) {
            return Neutralised.text(String.valueOf(value instanceof Enum<?> constant ? constant.name() : value));
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
