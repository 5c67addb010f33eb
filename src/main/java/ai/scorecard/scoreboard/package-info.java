/**
 * Scores as pages need them: loads what the scoring core needs in a few queries through the catalog and
 * the ledger, under a published methodology version, and keeps recent standings under the data version,
 * which every announced change moves on.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "scoring", "source"})
package ai.scorecard.scoreboard;

import org.springframework.modulith.ApplicationModule;
