package ai.scorecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an Excel workbook of one sheet. Text goes in as text cells, never as a formula, whatever it
 * starts with; numbers as numbers (scores shown with one decimal, shares as percentages, as the pages show them,
 * while the cell keeps the full value); dates as dates. Rows are streamed to a temporary file, a window at a time,
 * so a large export does not sit in memory as a whole workbook.
 */
final class XlsxFile {

    private static final int ROWS_IN_MEMORY = 200;

    private XlsxFile() {
    }

    static <T> void write(Table<T> table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(table.name());
            Map<Column.Kind, CellStyle> styles = styles(workbook);
            Row header = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c).name());
                cell.setCellStyle(bold);
            }
            int r = 0;
            for (T row : table.rows()) {
                Row line = sheet.createRow(++r);
                for (int c = 0; c < table.columns().size(); c++) {
                    Column<T> column = table.columns().get(c);
                    Object value = column.value().apply(row);
                    if (value != null) {
                        fill(line.createCell(c), column.kind(), value, styles);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, table.columns().size() - 1));
            workbook.write(out);
        } finally {
            // The rows went to a temporary file; close() alone leaves it behind.
            workbook.dispose();
            workbook.close();
        }
    }

    private static void fill(Cell cell, Column.Kind kind, Object value, Map<Column.Kind, CellStyle> styles) {
        switch (kind) {
            case TEXT -> cell.setCellValue(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
            case DATE -> cell.setCellValue((LocalDate) value);
            default -> cell.setCellValue(value instanceof BigDecimal number ? number.doubleValue()
                    : ((Number) value).doubleValue());
        }
        CellStyle style = styles.get(kind);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Map<Column.Kind, CellStyle> styles(SXSSFWorkbook workbook) {
        Map<Column.Kind, CellStyle> styles = new EnumMap<>(Column.Kind.class);
        styles.put(Column.Kind.SCORE, format(workbook, "0.0"));
        styles.put(Column.Kind.SHARE, format(workbook, "0%"));
        styles.put(Column.Kind.DATE, format(workbook, "yyyy-mm-dd"));
        return styles;
    }

    private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }
}
