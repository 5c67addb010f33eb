/**
 * {@code /}: the front page, the headline comparison with its verdict and the latest changes.
 */
@ApplicationModule(allowedDependencies = {"catalog", "changes", "comparison", "fact"})
package ai.scorecard.frontpage;

import org.springframework.modulith.ApplicationModule;
