/**
 * Loads the seed's CSV files into an empty database through the catalog and the fact ledger, as an editor's
 * input goes, with revisions by the seed.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "history", "source"})
package ai.scorecard.seed;

import org.springframework.modulith.ApplicationModule;
