package ai.scorecard.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an uploaded {@code .csv} or {@code .xlsx} file as text, the way a spreadsheet program
 * saved it: a CSV in UTF-8 (with or without a byte order mark) or, when its bytes are not UTF-8, in GB18030
 * (what Excel saves for a Chinese CSV), separated by {@code ;} or {@code ,} as its header line is; the first
 * sheet of a workbook, with dates and numbers as the cells hold them.
 */
final class Spreadsheet {

    static final int MAX_ROWS = 50_000;

    private static final Charset GB18030 = Charset.forName("GB18030");

    static {
        // A zip bomb: a small upload that would inflate to gigabytes. POI refuses an entry that inflates more
        // than 100 times, or to more than 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private Spreadsheet() {
    }

    /** The header's column names (trimmed, in lower case) and the rows below it, blank rows left out. */
    record Table(List<String> header, List<Row> rows) {

        /** The rows, when the header names every required column and there is a row. */
        List<Row> rowsWith(List<String> required) {
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new BadFile("import.file.column", column);
                }
            }
            if (rows.isEmpty()) {
                throw new BadFile("import.file.noRows");
            }
            return rows;
        }
    }

    /** The rows below the header, which must name every required column. */
    static List<Row> read(String filename, byte[] bytes, List<String> required) {
        return table(filename, bytes).rowsWith(required);
    }

    static Table table(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new BadFile("import.file.type");
        }
        if (bytes.length == 0) {
            throw new BadFile("import.file.empty");
        }
        List<List<String>> table = name.endsWith(".csv") ? csv(bytes) : xlsx(bytes);
        if (table.isEmpty() || table.get(0).stream().allMatch(String::isBlank)) {
            throw new BadFile("import.file.empty");
        }
        List<String> header = table.get(0).stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                byColumn.putIfAbsent(header.get(c), cells.get(c));
            }
            rows.add(new Row(i + 1L, byColumn));
        }
        return new Table(header, rows);
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text = decoded(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String headerLine = end < 0 ? text : text.substring(0, end);
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (table.size() > MAX_ROWS) {
                    throw new BadFile("import.file.tooManyRows", MAX_ROWS);
                }
                table.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadFile("import.file.unreadable");
        }
        return table;
    }

    /** UTF-8 when the bytes are UTF-8; otherwise GB18030, which reads any byte sequence GBK wrote. */
    private static String decoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    private static long count(String line, char wanted) {
        return line.chars().filter(c -> c == wanted).count();
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                return table;
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new BadFile("import.file.tooManyRows", MAX_ROWS);
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
        } catch (BadFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI answers a zip bomb, a file that is not a workbook and a broken one alike with an exception;
            // only its message tells a bomb.
            throw new BadFile(isZipBomb(e) ? "import.file.bomb" : "import.file.unreadable");
        }
        return table;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }
}
