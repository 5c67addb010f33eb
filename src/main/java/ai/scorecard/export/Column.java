package ai.scorecard.export;

import java.util.function.Function;

/** A column of an exported table: its header, how its cells are written, and what a row holds in it (null: empty). */
record Column<T>(String name, Kind kind, Function<T, Object> value) {

    /** How a cell is written: text is text (never a formula), numbers are numbers, dates are dates. */
    enum Kind {
        TEXT,
        NUMBER,
        /** A 0–100 score, shown with one decimal as the pages show it. */
        SCORE,
        /** A 0–1 share, shown as a whole percentage as the pages show it. */
        SHARE,
        DATE
    }

    static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, Kind.TEXT, value);
    }

    static <T> Column<T> number(String name, Function<T, Object> value) {
        return new Column<>(name, Kind.NUMBER, value);
    }

    static <T> Column<T> score(String name, Function<T, Object> value) {
        return new Column<>(name, Kind.SCORE, value);
    }

    static <T> Column<T> share(String name, Function<T, Object> value) {
        return new Column<>(name, Kind.SHARE, value);
    }

    static <T> Column<T> date(String name, Function<T, Object> value) {
        return new Column<>(name, Kind.DATE, value);
    }
}
