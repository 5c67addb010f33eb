package ai.scorecard.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database at V12 as the application left it before sources were records: the seed (classpath
 * {@code seed/}) written as the seed loader wrote it, each fact with its source's title, address and date as
 * text of its own and a revision by "seed", and then the cases an editor's typing and the history leave
 * behind. Plain SQL, in the old columns, so that nothing of today's code shapes the data.
 */
final class SeedBeforeSources {

    /** A source as a fact's text named it: title, address, date. */
    record Citation(String title, String url, LocalDate date) {

        Citation at(String otherUrl) {
            return new Citation(title, otherUrl, date);
        }

        Citation on(LocalDate otherDate) {
            return new Citation(title, url, otherDate);
        }

        /** The citation of a row that names its source in these three columns, as JDBC reads them. */
        static Citation of(Map<String, Object> row, String title, String url, String date) {
            Object day = row.get(date);
            return new Citation((String) row.get(title), (String) row.get(url),
                    day instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) day);
        }
    }

    /** Typed identically on three facts: one superseded, one that supersedes it, one retracted. */
    static final Citation ANNUAL_REPORT = new Citation("Awkward Co annual report 2025",
            "https://ir.example.com/awkward-2025.pdf", LocalDate.of(2026, 3, 31));
    static final Citation OTHER_ADDRESS = ANNUAL_REPORT.at("https://ir.example.com/awkward-2025-en.pdf");
    static final Citation OTHER_DATE = ANNUAL_REPORT.on(LocalDate.of(2026, 4, 1));
    /** Exact duplicates only: a title in other letters is another source, for an editor to merge. */
    static final Citation OTHER_CASE = new Citation("AWKWARD CO ANNUAL REPORT 2025", ANNUAL_REPORT.url(),
            ANNUAL_REPORT.date());
    static final Citation NO_ADDRESS = ANNUAL_REPORT.at(null);
    static final Citation NO_DATE = ANNUAL_REPORT.on(null);
    static final Citation NEITHER = ANNUAL_REPORT.at(null).on(null);
    static final Citation TRACKER = new Citation("Assistant tracker, May 2026",
            "https://data.example.org/tracker/2026-05", LocalDate.of(2026, 5, 1));
    /** Cited only by a fact that was deleted with its product: the history alone still names it. */
    static final Citation LAUNCH_POST = new Citation("Awkward Doomed launch post",
            "https://doomed.example.com/launch", LocalDate.of(2026, 2, 1));

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static final String FACT_COLUMNS = "product_id, company_id, metric, value_numeric, value_level, unit, "
            + "currency, qualifier, as_of, as_of_is_read_date, provenance, source_title, source_url, source_date, "
            + "claim, recorded_at, superseded_at, superseded_by, retracted_at, retraction_reason";

    private final JdbcTemplate jdbc;
    private final Map<Long, LocalDateTime> revisionTimes = new HashMap<>();
    private Citation seedCitation;
    private int seedFacts;

    SeedBeforeSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the seed, then the awkward cases. */
    SeedBeforeSources write() {
        writeSeed();
        writeAwkwardCases();
        return this;
    }

    /** The one source the seed's facts cite (the article). */
    Citation seedCitation() {
        return seedCitation;
    }

    int seedFacts() {
        return seedFacts;
    }

    private void writeSeed() {
        long seed = revision("seed", LocalDateTime.of(2026, 11, 30, 8, 0));
        forEachRow("companies.csv", row -> jdbc.update(
                "insert into company (slug, name_en, name_zh, headquarters, summary) values (?, ?, ?, ?, ?)",
                row.get("slug"), row.get("name_en"), text(row, "name_zh"), text(row, "headquarters"),
                text(row, "summary")));
        forEachRow("products.csv", row -> jdbc.update("insert into product (slug, company_id, name_en, name_zh, "
                        + "category, stage, launch_date, weight, monetization_at_launch, growth_driver, "
                        + "integration_depth, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("slug"), id("company", row.get("company")), row.get("name_en"), text(row, "name_zh"),
                row.get("category"), row.get("stage"), date(text(row, "launch_date")), row.get("weight"),
                row.get("monetization_at_launch"), row.get("growth_driver"), row.get("integration_depth"),
                text(row, "summary")));
        Map<String, Citation> sources = new HashMap<>();
        forEachRow("sources.csv", row -> sources.put(row.get("key"),
                new Citation(row.get("title"), text(row, "url"), date(text(row, "date")))));
        forEachRow("facts.csv", row -> {
            boolean aboutProduct = row.get("subject_type").equals("product");
            Citation cited = sources.get(row.get("source"));
            seedCitation = cited;
            String value = text(row, "value");
            long fact = insertFact(aboutProduct ? id("product", row.get("subject")) : null,
                    aboutProduct ? null : id("company", row.get("subject")), row.get("metric"),
                    value == null ? null : new BigDecimal(value), text(row, "level"), text(row, "unit"),
                    text(row, "currency"), row.get("qualifier"), date(row.get("as_of")),
                    row.isMapped("as_of_basis") && row.get("as_of_basis").equals("read"), row.get("provenance"),
                    cited, row.get("claim"), revisionTimes.get(seed));
            audit(fact, seed, 0);
            seedFacts++;
        });
    }

    private void writeAwkwardCases() {
        jdbc.update("insert into company (slug, name_en) values ('awkward-co', 'Awkward Co')");
        long company = id("company", "awkward-co");
        long app = product("awkward-assistant", company);
        long doomed = product("awkward-doomed", company);

        long typing = revision("editor", LocalDateTime.of(2026, 12, 1, 9, 0));
        long firstMau = productFact(app, "MAU", 1_000_000, "COMPANY_REPORTED", ANNUAL_REPORT, typing);
        long dau = productFact(app, "DAU", 500_000, "ANALYST_ESTIMATE", ANNUAL_REPORT, typing);
        productFact(app, "PAID_USERS", 10_000, "COMPANY_REPORTED", OTHER_ADDRESS, typing);
        productFact(app, "DAILY_TOKENS", 1_000_000_000, "COMMENTARY", OTHER_DATE, typing);
        productFact(app, "RETENTION_30D", 40, "THIRD_PARTY", NO_ADDRESS, typing);
        productFact(app, "NICHE_RANK", 2, "COMMENTARY", NO_DATE, typing);
        productFact(app, "TOKEN_VOLUME_RANK", 3, "ANALYST_ESTIMATE", NO_DATE, typing);
        productFact(app, "MODEL_BENCHMARK_RANK", 1, "THIRD_PARTY", TRACKER, typing);
        companyFact(company, "ANNUAL_REVENUE", 100_000_000, "ANALYST_ESTIMATE", NO_ADDRESS, typing);
        companyFact(company, "MARKET_CAP", 2_000_000_000, "COMPANY_REPORTED", NEITHER, typing);
        companyFact(company, "AI_REACH", "PATCHWORK", "COMMENTARY", NEITHER, typing);
        companyFact(company, "TEAM_MORALE", "RISING", "THIRD_PARTY", OTHER_CASE, typing);
        companyFact(company, "MODEL_STANDING", "LEADING", "ANALYST_ESTIMATE", TRACKER, typing);
        long launch = productFact(doomed, "MAU", 20_000, "COMPANY_REPORTED", LAUNCH_POST, typing);

        // A newer value supersedes the first, from the same report typed again; another is retracted.
        long revising = revision("editor", LocalDateTime.of(2026, 12, 2, 9, 0));
        jdbc.update("update fact set superseded_at = ? where id = ?", revisionTimes.get(revising), firstMau);
        long newerMau = productFact(app, "MAU", 1_200_000, "THIRD_PARTY", ANNUAL_REPORT, revising);
        jdbc.update("update fact set superseded_by = ? where id = ?", newerMau, firstMau);
        audit(firstMau, revising, 1);
        jdbc.update("update fact set retracted_at = ?, retraction_reason = 'Misread the table' where id = ?",
                revisionTimes.get(revising), dau);
        audit(dau, revising, 1);

        // The product goes, and its fact with it; Envers keeps only the id of a deleted row.
        long deleting = revision("admin", LocalDateTime.of(2026, 12, 3, 9, 0));
        jdbc.update("delete from fact where id = ?", launch);
        jdbc.update("delete from product where id = ?", doomed);
        jdbc.update("insert into fact_aud (id, rev, revtype) values (?, ?, 2)", launch, deleting);
    }

    private long product(String slug, long company) {
        jdbc.update("insert into product (slug, company_id, name_en, category, stage) values (?, ?, ?, "
                + "'ASSISTANT_APP', 'LAUNCHED')", slug, company, slug);
        return id("product", slug);
    }

    private long productFact(long product, String metric, Object value, String provenance, Citation cited,
            long revision) {
        return handFact(product, null, metric, value, provenance, cited, revision);
    }

    private long companyFact(long company, String metric, Object value, String provenance, Citation cited,
            long revision) {
        return handFact(null, company, metric, value, provenance, cited, revision);
    }

    /** A number or a level, as of the source's date (or, for an undated source, the day it was read). */
    private long handFact(Long product, Long company, String metric, Object value, String provenance,
            Citation cited, long revision) {
        LocalDateTime at = revisionTimes.get(revision);
        boolean undated = cited.date() == null;
        long fact = insertFact(product, company, metric,
                value instanceof Number number ? new BigDecimal(number.toString()) : null,
                value instanceof String level ? level : null, null, metric.equals("ANNUAL_REVENUE") ? "USD" : null,
                "EXACT", undated ? at.toLocalDate() : cited.date(), undated, provenance, cited,
                metric + " of " + (product == null ? "the company" : "the product") + " from " + cited.title(), at);
        audit(fact, revision, 0);
        return fact;
    }

    private long insertFact(Long product, Long company, String metric, BigDecimal value, String level, String unit,
            String currency, String qualifier, LocalDate asOf, boolean asOfIsReadDate, String provenance,
            Citation cited, String claim, LocalDateTime recordedAt) {
        jdbc.update("insert into fact (" + FACT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "null, null, null, null)", product, company, metric, value, level, unit, currency, qualifier,
                asOf, asOfIsReadDate, provenance, cited.title(), cited.url(), cited.date(), claim, recordedAt);
        return jdbc.queryForObject("select max(id) from fact", Long.class);
    }

    /** The fact as it stands now, copied into its history as Envers does at the end of a revision. */
    private void audit(long fact, long revision, int type) {
        jdbc.update("insert into fact_aud (id, rev, revtype, " + FACT_COLUMNS + ") "
                + "select id, ?, ?, " + FACT_COLUMNS + " from fact where id = ?", revision, type, fact);
    }

    private long revision(String username, LocalDateTime at) {
        jdbc.update("insert into revinfo (revised_at, username) values (?, ?)", at, username);
        long revision = jdbc.queryForObject("select max(id) from revinfo", Long.class);
        revisionTimes.put(revision, at);
        return revision;
    }

    private long id(String table, String slug) {
        return jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
    }

    private static void forEachRow(String file, Consumer<CSVRecord> action) {
        try (Reader reader = new InputStreamReader(new ClassPathResource("seed/" + file).getInputStream(),
                StandardCharsets.UTF_8); CSVParser parser = CSV.parse(reader)) {
            parser.forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty cell is no value, as the seed loader read it. */
    private static String text(CSVRecord row, String column) {
        String value = row.isMapped(column) ? row.get(column) : null;
        return value == null || value.isBlank() ? null : value;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
