package ai.scorecard.seed;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.fact.Source;
import ai.scorecard.product.Category;
import ai.scorecard.product.GrowthDriver;
import ai.scorecard.product.IntegrationDepth;
import ai.scorecard.product.MonetizationAtLaunch;
import ai.scorecard.product.Product;
import ai.scorecard.product.Products;
import ai.scorecard.product.Stage;
import ai.scorecard.product.Weight;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the article's companies, products and facts from {@code classpath:seed/*.csv} into an
 * empty database. The CSV files are the seed's single source, so that an analyst can read and
 * review them without reading code.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class SeedLoader {

    private final Companies companies;
    private final Products products;
    private final FactLedger ledger;

    @Transactional
    public boolean loadIntoEmptyDatabase() {
        if (companies.count() > 0) {
            return false;
        }
        Map<String, Company> companyBySlug = new HashMap<>();
        for (CSVRecord row : read("companies.csv")) {
            Company company = companies.save(new Company(row.get("slug"), row.get("name_en"),
                    blankToNull(row.get("name_zh")), blankToNull(row.get("headquarters")),
                    blankToNull(row.get("summary"))));
            companyBySlug.put(company.getSlug(), company);
        }
        Map<String, Product> productBySlug = new HashMap<>();
        for (CSVRecord row : read("products.csv")) {
            Product product = new Product(row.get("slug"), find(companyBySlug, row.get("company")),
                    row.get("name_en"), blankToNull(row.get("name_zh")), Category.valueOf(row.get("category")),
                    Stage.valueOf(row.get("stage")));
            product.setLaunchDate(parse(row.get("launch_date"), LocalDate::parse));
            product.setSummary(blankToNull(row.get("summary")));
            product.setWeight(Weight.valueOf(row.get("weight")));
            product.setMonetizationAtLaunch(MonetizationAtLaunch.valueOf(row.get("monetization_at_launch")));
            product.setGrowthDriver(GrowthDriver.valueOf(row.get("growth_driver")));
            product.setIntegrationDepth(IntegrationDepth.valueOf(row.get("integration_depth")));
            productBySlug.put(product.getSlug(), products.save(product));
        }
        Map<String, Source> sourceByKey = new HashMap<>();
        for (CSVRecord row : read("sources.csv")) {
            sourceByKey.put(row.get("key"), new Source(row.get("title"), blankToNull(row.get("url")),
                    parse(row.get("date"), LocalDate::parse)));
        }
        int factCount = 0;
        for (CSVRecord row : read("facts.csv")) {
            FactDraft draft = new FactDraft(Metric.valueOf(row.get("metric")),
                    parse(row.get("value"), BigDecimal::new), blankToNull(row.get("level")),
                    blankToNull(row.get("unit")), blankToNull(row.get("currency")),
                    Qualifier.valueOf(row.get("qualifier")), LocalDate.parse(row.get("as_of")),
                    Provenance.valueOf(row.get("provenance")), find(sourceByKey, row.get("source")),
                    row.get("claim"));
            String subject = row.get("subject");
            switch (row.get("subject_type")) {
                case "company" -> ledger.record(find(companyBySlug, subject), draft);
                case "product" -> ledger.record(find(productBySlug, subject), draft);
                default -> throw new IllegalStateException("Unknown subject type in seed row " + row.getRecordNumber());
            }
            factCount++;
        }
        log.info("Seeded {} companies, {} products and {} facts", companyBySlug.size(), productBySlug.size(),
                factCount);
        return true;
    }

    private static List<CSVRecord> read(String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("seed/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file, e);
        }
    }

    private static <T> T find(Map<String, T> bySlug, String slug) {
        T found = bySlug.get(slug);
        if (found == null) {
            throw new IllegalStateException("Seed refers to unknown '" + slug + "'");
        }
        return found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null || value.isBlank() ? null : parser.apply(value);
    }
}
