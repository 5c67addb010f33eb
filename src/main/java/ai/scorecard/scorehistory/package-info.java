/**
 * A score over time: company pages, product pages and the comparison draw how a score moved, one point at
 * each month's end since the first fact and one on each day a fact was recorded, superseded or retracted.
 * {@link ai.scorecard.scorehistory.ScoreTimeline} replays the ledger in memory (plain Java, one load of the
 * facts); {@link ai.scorecard.scorehistory.ScoreHistories} keeps the result under the data version.
 */
@ApplicationModule(allowedDependencies = {"catalog", "chart", "fact", "scoreboard", "scoring"})
package ai.scorecard.scorehistory;

import org.springframework.modulith.ApplicationModule;
