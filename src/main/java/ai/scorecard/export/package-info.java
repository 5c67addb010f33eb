/**
 * {@code /export}: companies, products, sources, current facts and scores as CSV (UTF-8 with a byte order mark, so
 * that Excel reads Chinese) and XLSX, in the columns of the seed's CSV files, with the records and numbers of the
 * API ({@link ai.scorecard.api.Datasets}). A text cell that a spreadsheet would read as a formula is neutralised.
 */
@ApplicationModule(allowedDependencies = {"api", "catalog", "products"})
package ai.scorecard.export;

import org.springframework.modulith.ApplicationModule;
