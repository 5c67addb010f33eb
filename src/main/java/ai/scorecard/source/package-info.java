/**
 * The sources facts rest on: filings, company statements, third-party data, press and commentary, each a
 * record that many facts cite. {@link ai.scorecard.source.Bibliography} is the module's public face: it checks
 * a {@link ai.scorecard.source.SourceDraft}, adds and corrects sources, and finds them for the pickers.
 */
@ApplicationModule(allowedDependencies = "checks")
package ai.scorecard.source;

import org.springframework.modulith.ApplicationModule;
