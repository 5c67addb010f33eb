/**
 * The reading pages across companies: {@code /compare}, {@code /styles} and {@code /rankings}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "chart", "scoreboard", "scoring", "web"})
package ai.scorecard.comparison;

import org.springframework.modulith.ApplicationModule;
