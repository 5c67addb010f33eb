/**
 * What every page shares: the layout's attributes, the reader's language, error pages, the proxies trusted,
 * the home page, and the pieces the company and product pages both show.
 */
@ApplicationModule(allowedDependencies = {"catalog", "fact", "history", "scoreboard"})
package ai.scorecard.web;

import org.springframework.modulith.ApplicationModule;
