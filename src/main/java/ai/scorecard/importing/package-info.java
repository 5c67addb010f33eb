/**
 * {@code /import}: an editor uploads a CSV or XLSX file of facts, sources, companies or products in the seed's
 * columns, sees what each row would do (or why it is refused) with nothing stored, and then records every row at
 * once through the domain's batch entry (the fact ledger, the bibliography, the catalog), or none: one revision
 * in the history. The preview waits for its commit in the database, so any instance can commit it.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "history", "source"})
package ai.scorecard.importing;

import org.springframework.modulith.ApplicationModule;
