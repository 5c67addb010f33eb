package ai.scorecard.seed;

import ai.scorecard.ScorecardSettings;
import ai.scorecard.company.Companies;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.fact.Source;
import ai.scorecard.product.Category;
import ai.scorecard.product.GrowthDriver;
import ai.scorecard.product.IntegrationDepth;
import ai.scorecard.product.MonetizationAtLaunch;
import ai.scorecard.product.Stage;
import ai.scorecard.product.Weight;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads companies, products and facts from {@code companies.csv}, {@code products.csv},
 * {@code sources.csv} and {@code facts.csv} at {@code scorecard.seed.location} (by default
 * {@code classpath:seed/}, the article's data) into an empty database. The CSV files are the seed's
 * single source, so that an analyst can read and review them without reading code.
 *
 * <p>Rows go in with JDBC batch inserts, so that 100,000 facts load in well under a minute. Facts
 * then follow {@link ai.scorecard.fact.FactLedger#record}'s rule, replayed in file order: for each
 * subject and metric the fact with the latest as-of date stays current (on equal dates, the later
 * row), and each other one is superseded by the fact that was current when it arrived, or that
 * arrived after it. Everything happens in one transaction: a load that fails leaves nothing.
 */
@Component
@Slf4j
class SeedLoader {

    private static final int BATCH_SIZE = 1000;

    private static final String INSERT_COMPANY = """
            insert into company (slug, name_en, name_zh, headquarters, summary) values (?, ?, ?, ?, ?)""";
    private static final String INSERT_PRODUCT = """
            insert into product (slug, company_id, name_en, name_zh, category, stage, launch_date, summary,
                weight, monetization_at_launch, growth_driver, integration_depth)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_FACT = """
            insert into fact (product_id, company_id, metric, value_numeric, value_level, unit, currency, qualifier,
                as_of, as_of_is_read_date, provenance, source_title, source_url, source_date, claim, recorded_at,
                superseded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SUPERSEDE = "update fact set superseded_at = ?, superseded_by = ? where id = ?";

    private final Companies companies;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ResourceLoader resources;
    private final String location;

    SeedLoader(Companies companies, JdbcTemplate jdbc, Clock clock, ResourceLoader resources,
            ScorecardSettings settings) {
        String location = settings.seed().location();
        this.companies = companies;
        this.jdbc = jdbc;
        this.clock = clock;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Transactional
    public boolean loadIntoEmptyDatabase() {
        if (companies.count() > 0) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, Long> companyIds = new HashMap<>();
        insertAll("companies.csv", INSERT_COMPANY, row -> new Object[] {row.get("slug"), row.get("name_en"),
                blankToNull(row.get("name_zh")), blankToNull(row.get("headquarters")), blankToNull(row.get("summary"))},
                (row, id) -> companyIds.put(row.get("slug"), id));
        Map<String, Long> productIds = new HashMap<>();
        insertAll("products.csv", INSERT_PRODUCT, row -> new Object[] {row.get("slug"),
                find(companyIds, row.get("company")), row.get("name_en"), blankToNull(row.get("name_zh")),
                Category.valueOf(row.get("category")).name(), Stage.valueOf(row.get("stage")).name(),
                parse(row.get("launch_date"), LocalDate::parse), blankToNull(row.get("summary")),
                Weight.valueOf(row.get("weight")).name(),
                MonetizationAtLaunch.valueOf(row.get("monetization_at_launch")).name(),
                GrowthDriver.valueOf(row.get("growth_driver")).name(),
                IntegrationDepth.valueOf(row.get("integration_depth")).name()},
                (row, id) -> productIds.put(row.get("slug"), id));
        Map<String, Source> sources = new HashMap<>();
        forEachRow("sources.csv", row -> sources.put(row.get("key"), new Source(row.get("title"),
                blankToNull(row.get("url")), parse(row.get("date"), LocalDate::parse))));
        // The database keeps one current fact per subject and metric (V10): a fact that will be superseded
        // goes in superseded already, so two current ones never meet; who superseded it follows its insert.
        Supersessions supersessions = new Supersessions();
        forEachRow("facts.csv", row -> supersessions.record(row.get("subject_type") + " " + row.get("subject") + " "
                + row.get("metric"), LocalDate.parse(row.get("as_of")), row.getRecordNumber()));
        Map<Long, Long> idByRow = new HashMap<>();
        int factCount = insertAll("facts.csv", INSERT_FACT, row -> {
            boolean aboutProduct = switch (row.get("subject_type")) {
                case "product" -> true;
                case "company" -> false;
                default -> throw new IllegalStateException("Unknown subject type in seed row " + row.getRecordNumber());
            };
            Long subject = find(aboutProduct ? productIds : companyIds, row.get("subject"));
            Source source = find(sources, row.get("source"));
            return new Object[] {aboutProduct ? subject : null, aboutProduct ? null : subject,
                    Metric.valueOf(row.get("metric")).name(), parse(row.get("value"), BigDecimal::new),
                    blankToNull(row.get("level")), blankToNull(row.get("unit")), blankToNull(row.get("currency")),
                    Qualifier.valueOf(row.get("qualifier")).name(), LocalDate.parse(row.get("as_of")), asOfIsReadDate(row),
                    Provenance.valueOf(row.get("provenance")).name(), source.title(), source.url(), source.date(),
                    row.get("claim"), now, supersessions.isSuperseded(row.getRecordNumber()) ? now : null};
        }, (row, id) -> idByRow.put(row.getRecordNumber(), id));
        List<Object[]> superseded = supersessions.updates(now, idByRow);
        jdbc.batchUpdate(SUPERSEDE, superseded);
        // The rows went in past the ledger and the editors, which announce their changes; say it here.
        jdbc.update("update data_version set version = version + 1 where id = 1");
        log.info("Seeded {} companies, {} products and {} facts ({} superseded) from {}", companyIds.size(),
                productIds.size(), factCount, superseded.size(), location);
        return true;
    }

    /** Inserts a file's rows in batches and hands each row on with its generated id, in file order. */
    private int insertAll(String file, String sql, Function<CSVRecord, Object[]> columns,
            BiConsumer<CSVRecord, Long> inserted) {
        List<CSVRecord> batch = new ArrayList<>(BATCH_SIZE);
        int[] count = {0};
        forEachRow(file, row -> {
            batch.add(row);
            count[0]++;
            if (batch.size() == BATCH_SIZE) {
                insertBatch(sql, batch, columns, inserted);
                batch.clear();
            }
        });
        insertBatch(sql, batch, columns, inserted);
        return count[0];
    }

    private void insertBatch(String sql, List<CSVRecord> rows, Function<CSVRecord, Object[]> columns,
            BiConsumer<CSVRecord, Long> inserted) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> values = rows.stream().map(columns).toList();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        new ArgumentPreparedStatementSetter(values.get(i)).setValues(statement);
                    }

                    @Override
                    public int getBatchSize() {
                        return values.size();
                    }
                }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + ids.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            inserted.accept(rows.get(i), ((Number) ids.get(i).values().iterator().next()).longValue());
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

    /**
     * {@link ai.scorecard.fact.FactLedger#record}'s rule, replayed over facts in the order they were
     * recorded, each known by its row number in the file.
     */
    private static final class Supersessions {

        private record Recorded(long id, LocalDate asOf) {
        }

        private final Map<String, Recorded> currentBySubjectAndMetric = new HashMap<>();
        private final List<long[]> supersededAndBy = new ArrayList<>();
        private final Set<Long> superseded = new HashSet<>();

        void record(String subjectAndMetric, LocalDate asOf, long id) {
            Recorded current = currentBySubjectAndMetric.get(subjectAndMetric);
            if (current == null) {
                currentBySubjectAndMetric.put(subjectAndMetric, new Recorded(id, asOf));
            } else if (current.asOf().isAfter(asOf)) {
                // A late-arriving observation about an earlier date goes straight into history.
                supersededAndBy.add(new long[] {id, current.id()});
                superseded.add(id);
            } else {
                supersededAndBy.add(new long[] {current.id(), id});
                superseded.add(current.id());
                currentBySubjectAndMetric.put(subjectAndMetric, new Recorded(id, asOf));
            }
        }

        boolean isSuperseded(long row) {
            return superseded.contains(row);
        }

        /** Arguments for {@link #SUPERSEDE}: superseded_at, superseded_by, id. */
        List<Object[]> updates(Timestamp at, Map<Long, Long> idByRow) {
            return supersededAndBy.stream()
                    .map(pair -> new Object[] {at, idByRow.get(pair[1]), idByRow.get(pair[0])}).toList();
        }
    }

    private static <T> T find(Map<String, T> bySlug, String slug) {
        T found = bySlug.get(slug);
        if (found == null) {
            throw new IllegalStateException("Seed refers to unknown '" + slug + "'");
        }
        return found;
    }

    /**
     * The {@code as_of_basis} column: {@code observed} (the source's own date) or {@code read} (the source is
     * undated and as_of is the day it was read). Files written before the column existed mean observed.
     */
    private static boolean asOfIsReadDate(CSVRecord row) {
        String basis = row.isMapped("as_of_basis") ? row.get("as_of_basis") : "";
        return switch (basis) {
            case "", "observed" -> false;
            case "read" -> true;
            default -> throw new IllegalStateException("Unknown as_of_basis '" + basis + "' in seed row "
                    + row.getRecordNumber() + ": use observed or read");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null || value.isBlank() ? null : parser.apply(value);
    }
}
