/**
 * The rules every command shares, whoever sends it (a form, an import row, an API call): text without
 * control characters, plausible dates, and the {@link ai.scorecard.checks.Problem} a broken rule is told as.
 * Plain Bean Validation; no web types.
 */
@ApplicationModule(allowedDependencies = {})
package ai.scorecard.checks;

import org.springframework.modulith.ApplicationModule;
