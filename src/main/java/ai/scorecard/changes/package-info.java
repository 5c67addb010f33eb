/**
 * What changed, and why: {@code /changes} lists the facts recorded, superseded and retracted in a window and
 * explains every company score that moved by the fact events that moved it; the same as an Atom feed, for all
 * and per company.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "scoreboard", "scoring", "source"})
package ai.scorecard.changes;

import org.springframework.modulith.ApplicationModule;
