/**
 * The ledger of dated, sourced facts. {@link ai.scorecard.fact.FactLedger} is the only way facts go in and
 * out: it checks each {@link ai.scorecard.fact.FactDraft}, records one or a batch, supersedes and retracts,
 * and announces each change as an event. The facts table is the module's own.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "source"})
package ai.scorecard.fact;

import org.springframework.modulith.ApplicationModule;
