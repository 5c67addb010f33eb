package ai.scorecard.export;

import java.util.List;

/** What an export writes: named columns and the rows they are read from. */
record Table<T>(String name, List<Column<T>> columns, List<T> rows) {
}
