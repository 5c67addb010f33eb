/**
 * Everything under {@code /companies}: the list, a company's page, its forms, history and facts.
 */
@ApplicationModule(allowedDependencies = {"catalog", "changes", "editing", "fact", "history", "scoreboard", "scorehistory", "web"})
package ai.scorecard.companies;

import org.springframework.modulith.ApplicationModule;
