package ai.scorecard.seed;

import ai.scorecard.ScorecardSettings;
import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.Draft;
import ai.scorecard.catalog.Entry;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import ai.scorecard.checks.Problem;
import ai.scorecard.fact.BatchOutcome;
import ai.scorecard.fact.FactColumns;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactEntry;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.history.Authorship;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceBatch;
import ai.scorecard.source.SourceDraft;
import ai.scorecard.source.SourceKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads companies, products and facts from {@code companies.csv}, {@code products.csv},
 * {@code sources.csv} and {@code facts.csv} at {@code scorecard.seed.location} (by default
 * {@code classpath:seed/}, the article's data) into an empty database. The CSV files are the seed's
 * single source, so that an analyst can read and review them without reading code.
 *
 * <p>Everything goes in the way an editor's input does, through the catalog and the fact ledger: the same
 * rules, the same supersession (facts in file order: for each subject and metric the latest as-of date
 * stays current), the same events, and revisions in the history by {@value #AUTHOR}. Every row is checked
 * before anything is stored, so a file with a bad row leaves the database empty. The facts go in batches of
 * {@value #BATCH_SIZE}, each one transaction: the history keeps what a transaction wrote until it commits,
 * and 100,000 facts at once would not fit a 512 MB heap.
 *
 * <p>The texts kept in both languages have a column for each: {@code summary} and {@code summary_zh},
 * {@code claim} and {@code claim_zh}, and so on. The Chinese columns may be left out (the benchmark's
 * generated files have none), and a fact's {@code claim} may be too when {@code claim_zh} is there.
 */
@Component
@Slf4j
class SeedLoader {

    static final String AUTHOR = "seed";

    private static final int BATCH_SIZE = 5000;

    /** Rank scopes as seeds written before scopes were a list named them (see {@link #unit}). */
    private final Catalog catalog;
    private final FactLedger ledger;
    private final Bibliography bibliography;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;
    private final String location;

    SeedLoader(Catalog catalog, FactLedger ledger, Bibliography bibliography, TransactionTemplate transaction,
            ResourceLoader resources, ScorecardSettings settings) {
        String location = settings.seed().location();
        this.catalog = catalog;
        this.ledger = ledger;
        this.bibliography = bibliography;
        this.transaction = transaction;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** @return false when the database has companies already, and nothing was loaded */
    public boolean loadIntoEmptyDatabase() {
        return Authorship.as(AUTHOR, this::load);
    }

    private boolean load() {
        if (catalog.companyCount() > 0) {
            return false;
        }
        List<CompanyDraft> companyDrafts = new ArrayList<>();
        forEachRow("companies.csv", row -> companyDrafts.add(new CompanyDraft(row.get("slug"), row.get("name_en"),
                row.get("name_zh"), row.get("headquarters"), row.get("summary"), optional(row, "headquarters_zh"),
                optional(row, "summary_zh"))));
        List<ProductDraft> productDrafts = new ArrayList<>();
        forEachRow("products.csv", row -> productDrafts.add(new ProductDraft(row.get("slug"), row.get("company"),
                row.get("name_en"), row.get("name_zh"), Category.valueOf(row.get("category")),
                Stage.valueOf(row.get("stage")), parse(row.get("launch_date"), LocalDate::parse), row.get("summary"),
                MonetizationAtLaunch.valueOf(row.get("monetization_at_launch")),
                GrowthDriver.valueOf(row.get("growth_driver")), IntegrationDepth.valueOf(row.get("integration_depth")),
                Weight.valueOf(row.get("weight")), optional(row, "summary_zh"))));
        Map<String, SourceDraft> sourceDrafts = sources();
        Map<String, Source> proposed = new HashMap<>();
        sourceDrafts.forEach((key, draft) -> proposed.put(key, Source.proposed(draft)));
        List<SeedFact> facts = facts(proposed);
        facts.forEach(fact -> refuseIf(ledger.check(fact.draft()), "facts.csv", fact.row()));
        Map<String, Company> companies = new HashMap<>();
        Map<String, Product> products = new HashMap<>();
        Map<String, Source> sources = new HashMap<>();
        transaction.executeWithoutResult(status -> {
            created(companyDrafts, "companies.csv").forEach(company -> companies.put(company.getSlug(), company));
            created(productDrafts, "products.csv").forEach(product -> products.put(product.getSlug(), product));
            List<String> keys = List.copyOf(sourceDrafts.keySet());
            List<Source> added = added(List.copyOf(sourceDrafts.values()));
            for (int i = 0; i < keys.size(); i++) {
                sources.put(keys.get(i), added.get(i));
            }
        });
        for (int from = 0; from < facts.size(); from += BATCH_SIZE) {
            List<SeedFact> batch = facts.subList(from, Math.min(facts.size(), from + BATCH_SIZE));
            List<FactEntry> entries = batch.stream().map(fact -> fact.entry(companies, products, sources)).toList();
            BatchOutcome outcome = transaction.execute(status -> ledger.recordAll(entries));
            if (!(outcome instanceof BatchOutcome.Recorded)) {
                throw new IllegalStateException("Seed facts refused by the ledger: " + outcome);
            }
        }
        log.info("Seeded {} companies, {} products and {} facts from {}", companies.size(), products.size(),
                facts.size(), location);
        return true;
    }

    private <T extends Entry> List<T> created(List<? extends Draft<T>> drafts, String file) {
        Outcome<List<T>> outcome = catalog.createAll(drafts);
        if (outcome instanceof Outcome.Saved<List<T>> saved) {
            return saved.record();
        }
        throw new IllegalStateException("Seed rows of " + file + " (from 0) refused: " + outcome);
    }

    private List<Source> added(List<SourceDraft> drafts) {
        SourceBatch outcome = bibliography.addAll(drafts);
        if (outcome instanceof SourceBatch.Added added) {
            return added.sources();
        }
        throw new IllegalStateException("Seed rows of sources.csv (from 0) refused: " + outcome);
    }

    /**
     * A row of {@code facts.csv}: what it states, about whom, and the key of the source it cites. The draft
     * cites the source as proposed, until the source is stored.
     */
    private record SeedFact(long row, boolean aboutProduct, String subject, String source, FactDraft draft) {

        FactEntry entry(Map<String, Company> companies, Map<String, Product> products, Map<String, Source> sources) {
            FactDraft stored = draft.citing(find(sources, source));
            return aboutProduct ? FactEntry.about(find(products, subject), stored)
                    : FactEntry.about(find(companies, subject), stored);
        }
    }

    /**
     * The rows of {@code sources.csv} by key, in file order. A blank date is a source without one; the
     * publisher, archive and Chinese columns may be left out.
     */
    private Map<String, SourceDraft> sources() {
        Map<String, SourceDraft> sources = new LinkedHashMap<>();
        forEachRow("sources.csv", row -> {
            LocalDate date = parse(row.get("date"), LocalDate::parse);
            SourceDraft draft = new SourceDraft(optional(row, "title"), optional(row, "publisher"), row.get("url"), date,
                    date == null, Language.valueOf(row.get("language")), SourceKind.valueOf(row.get("kind")),
                    optional(row, "archive_url"), optional(row, "title_zh"), optional(row, "publisher_zh"));
            refuseIf(bibliography.check(draft), "sources.csv", row.getRecordNumber());
            sources.put(row.get("key"), draft);
        });
        return sources;
    }

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : null;
    }

    private List<SeedFact> facts(Map<String, Source> sources) {
        List<SeedFact> facts = new ArrayList<>();
        forEachRow("facts.csv", row -> {
            boolean aboutProduct = switch (row.get("subject_type")) {
                case "product" -> true;
                case "company" -> false;
                default -> throw new IllegalStateException("Unknown subject type in seed row " + row.getRecordNumber());
            };
            FactColumns.Read read = FactColumns.read(column -> row.isMapped(column) ? row.get(column) : "",
                    find(sources, row.get("source")));
            refuseIf(read.problems(), "facts.csv", row.getRecordNumber());
            facts.add(new SeedFact(row.getRecordNumber(), aboutProduct, row.get("subject"), row.get("source"),
                    read.draft()));
        });
        return facts;
    }

    private static void refuseIf(List<Problem> problems, String file, long row) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Seed row " + row + " of " + file + " breaks the rules: " + problems);
        }
    }

    private void forEachRow(String file, Consumer<CSVRecord> action) {
        Resource resource = resources.getResource(location + file);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            parser.forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + resource, e);
        }
    }

    private static <T> T find(Map<String, T> bySlug, String slug) {
        T found = bySlug.get(slug);
        if (found == null) {
            throw new IllegalStateException("Seed refers to unknown '" + slug + "'");
        }
        return found;
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null || value.isBlank() ? null : parser.apply(value);
    }
}
