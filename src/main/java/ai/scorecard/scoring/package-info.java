/**
 * The scoring core: turns a product's facts and traits into explainable scores under a published
 * methodology, rolls products up into companies, places companies between the two playbooks and
 * tells how robust an order between two companies is.
 *
 * <p>Plain Java over immutable records, with no framework and no I/O, so that a service can hand it
 * data loaded in a few queries and the rules can be tested and timed by themselves. Nothing here
 * reads the clock: "today" is always a parameter. {@link ai.scorecard.scoring.Scorer} is the entry
 * point. The rules in words are the methodology page's ({@code methodology.*} in the message bundles):
 * a change of rule here must change them there.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact"})
package ai.scorecard.scoring;

import org.springframework.modulith.ApplicationModule;
