/**
 * Revision history: Hibernate Envers records every committed change to companies, products, sources
 * and facts, stamped with a {@link ai.scorecard.history.Revision} (when, and who); the history pages
 * ({@code /companies/{slug}/history}, {@code /products/{slug}/history}, {@code /sources/{id}/history})
 * read it back field by field.
 *
 * <p>Who made a change comes from the {@link ai.scorecard.history.RevisionUser} bean, which sign-in
 * provides; without one, or with nobody signed in, a revision is by "system". The methodology is not
 * audited here: its versions are insert-only, so its version list is its history.
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "fact", "source"})
package ai.scorecard.history;

import org.springframework.modulith.ApplicationModule;
