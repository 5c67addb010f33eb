/**
 * {@code /search}: companies, products and facts found by a word, in either language, from the box in every
 * page's header.
 */
@ApplicationModule(allowedDependencies = {"catalog", "fact"})
package ai.scorecard.search;

import org.springframework.modulith.ApplicationModule;
