/**
 * {@code /search}: companies, products, facts and sources found by a word, in either language, from the box in
 * every page's header.
 */
@ApplicationModule(allowedDependencies = {"catalog", "fact", "source"})
package ai.scorecard.search;

import org.springframework.modulith.ApplicationModule;
