package ai.scorecard.scoring;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A seed folder's CSV files read straight into the scoring core's inputs, without Spring or a database. */
final class SeedInputs {

    private SeedInputs() {
    }

    /** Every company of the seed folder on the classpath (e.g. {@code /seed/}), by slug, in file order. */
    static Map<String, CompanyInput> read(String folder) {
        Map<String, List<Evidence>> factsBySubject = new HashMap<>();
        long id = 0;
        for (CSVRecord row : rows(folder, "facts.csv")) {
            Evidence evidence = new Evidence(++id, Metric.valueOf(row.get("metric")),
                    row.get("value").isBlank() ? null : new BigDecimal(row.get("value")),
                    row.get("level").isBlank() ? null : row.get("level"), Qualifier.valueOf(row.get("qualifier")),
                    LocalDate.parse(row.get("as_of")), Provenance.valueOf(row.get("provenance")), row.get("source"),
                    null, row.get("claim"));
            factsBySubject.computeIfAbsent(row.get("subject_type") + ":" + row.get("subject"), key -> new ArrayList<>())
                    .add(evidence);
        }
        Map<String, List<ProductInput>> productsByCompany = new HashMap<>();
        for (CSVRecord row : rows(folder, "products.csv")) {
            productsByCompany.computeIfAbsent(row.get("company"), key -> new ArrayList<>()).add(new ProductInput(
                    row.get("slug"), row.get("company"), Category.valueOf(row.get("category")),
                    Weight.valueOf(row.get("weight")), Stage.valueOf(row.get("stage")),
                    MonetizationAtLaunch.valueOf(row.get("monetization_at_launch")),
                    GrowthDriver.valueOf(row.get("growth_driver")), IntegrationDepth.valueOf(row.get("integration_depth")),
                    factsBySubject.getOrDefault("product:" + row.get("slug"), List.of())));
        }
        Map<String, CompanyInput> companies = new LinkedHashMap<>();
        for (CSVRecord row : rows(folder, "companies.csv")) {
            String slug = row.get("slug");
            companies.put(slug, new CompanyInput(slug, factsBySubject.getOrDefault("company:" + slug, List.of()),
                    productsByCompany.getOrDefault(slug, List.of())));
        }
        return companies;
    }

    private static List<CSVRecord> rows(String folder, String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        String path = folder + file;
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SeedInputs.class.getResourceAsStream(path), path), StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
