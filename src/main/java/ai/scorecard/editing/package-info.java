/**
 * The one shape of the editing pages: the forms of catalog entries ({@link ai.scorecard.editing.EntryPages}),
 * the fact pages of a subject ({@link ai.scorecard.editing.FactPages}), one-time form keys, and the domain's
 * reasons shown next to the fields. Subclasses live with the URL they serve ({@code companies},
 * {@code products}).
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "history", "source", "web"})
package ai.scorecard.editing;

import org.springframework.modulith.ApplicationModule;
