package ai.scorecard.importing;

import java.util.Map;

/**
 * One row of an uploaded file: its number as a spreadsheet shows it (the header is row 1) and its cells by
 * column name, as text (an Excel date as an ISO date, an Excel number in plain digits).
 */
record Row(long number, Map<String, String> cells) {

    String get(String column) {
        String cell = cells.get(column);
        return cell == null ? "" : cell.strip();
    }
}
