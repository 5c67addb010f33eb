/**
 * {@code /import}: an editor uploads a CSV or XLSX file of facts in the seed's columns, sees what each row
 * would do (or why it is refused) with nothing stored, and then records every row at once through the fact
 * ledger, or none.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "source"})
package ai.scorecard.importing;

import org.springframework.modulith.ApplicationModule;
