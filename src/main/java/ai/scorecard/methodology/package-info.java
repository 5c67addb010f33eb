/**
 * Everything under {@code /methodology}: the published rules, and the drafts an administrator previews
 * and publishes.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "scoreboard", "scoring"})
package ai.scorecard.methodology;

import org.springframework.modulith.ApplicationModule;
