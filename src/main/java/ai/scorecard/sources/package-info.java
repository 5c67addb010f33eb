/**
 * Everything under {@code /sources}: the list of sources, a source's page (the facts that cite it and the scores
 * that rest on it, with how each would move without it), its form and history, and retracting every fact of a
 * discredited source at once.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "editing", "fact", "history", "scoreboard", "scoring",
        "source", "web"})
package ai.scorecard.sources;

import org.springframework.modulith.ApplicationModule;
