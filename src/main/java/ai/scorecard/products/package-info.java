/**
 * Everything under {@code /products}: the list, a product's page, its forms, history, facts and deletion.
 */
@ApplicationModule(allowedDependencies = {"catalog", "editing", "fact", "history", "scoreboard", "scorehistory", "web"})
package ai.scorecard.products;

import org.springframework.modulith.ApplicationModule;
