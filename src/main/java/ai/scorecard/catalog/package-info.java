/**
 * The catalog: companies and their AI products. {@link ai.scorecard.catalog.Catalog} is the only way they
 * are read and changed; it checks a {@link ai.scorecard.catalog.CompanyDraft} or
 * {@link ai.scorecard.catalog.ProductDraft} and answers with an {@link ai.scorecard.catalog.Outcome}. The
 * repositories are the module's own.
 */
@ApplicationModule(allowedDependencies = {"checks"})
package ai.scorecard.catalog;

import org.springframework.modulith.ApplicationModule;
