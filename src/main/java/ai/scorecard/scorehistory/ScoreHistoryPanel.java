package ai.scorecard.scorehistory;

import ai.scorecard.chart.ScoreLines;

/**
 * What the score-history fragment draws: the chart and its table, or "no history yet" when nothing was ever
 * recorded about the subject, and the link that switches between today's methodology and the one in force
 * on each day.
 *
 * @param chart     null when there is no history yet
 * @param rulesThen the scores are under the methodology in force on each day, not the current one
 * @param toggle    this page with the other choice of methodology, anchored at the chart
 */
public record ScoreHistoryPanel(ScoreLines chart, boolean rulesThen, String toggle) {

    /** The request parameter that chooses the methodology in force on each day ("then"). */
    public static final String PARAMETER = "historyRules";
    static final String THEN = "then";

    public boolean empty() {
        return chart == null;
    }
}
