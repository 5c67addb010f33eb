package ai.scorecard.fact;

import java.time.LocalDate;

/** How a fact is dated: its source's publication date, if any, and whether its as-of date is a reading date. */
public record FactDating(long id, LocalDate sourceDate, boolean asOfIsReadDate) {

    public boolean sourceUndated() {
        return sourceDate == null;
    }
}
