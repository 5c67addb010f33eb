package ai.scorecard.migration;

import static ai.scorecard.migration.SeedBeforeSources.ANNUAL_REPORT;
import static ai.scorecard.migration.SeedBeforeSources.LAUNCH_POST;
import static ai.scorecard.migration.SeedBeforeSources.NEITHER;
import static ai.scorecard.migration.SeedBeforeSources.NO_ADDRESS;
import static ai.scorecard.migration.SeedBeforeSources.NO_DATE;
import static ai.scorecard.migration.SeedBeforeSources.OTHER_ADDRESS;
import static ai.scorecard.migration.SeedBeforeSources.OTHER_CASE;
import static ai.scorecard.migration.SeedBeforeSources.OTHER_DATE;
import static ai.scorecard.migration.SeedBeforeSources.TRACKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import ai.scorecard.migration.SeedBeforeSources.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * V13 moves each fact's source text into source records (issue 13). Run on a copy of the seed as it stood
 * before it, with the cases an editor's typing and the history leave behind, on H2 and on PostgreSQL: exact
 * duplicates become one source, every fact and every audit row still names the source it named, and nothing
 * else changes.
 */
class SourceMigrationTest {

    @Nested
    class OnH2 extends Checks {
        OnH2() {
            super(ScratchDatabase::h2);
        }
    }

    /**
     * Runs when the suite runs on PostgreSQL (the second pass of .ci/run), on a database of its own beside the
     * suite's; otherwise each check is reported skipped, with the reason.
     */
    @Nested
    class OnPostgresql extends Checks {
        OnPostgresql() {
            super(ScratchDatabase::postgresql);
        }
    }

    abstract static class Checks extends MigrationChecks {

        private static final String CITED_AS_BEFORE =
                "s.title as source_title, s.url as source_url, s.published_on as source_date";

        private SeedBeforeSources seed;
        private List<Map<String, Object>> factsBefore;
        private List<Map<String, Object>> auditBefore;

        Checks(Supplier<ScratchDatabase> databases) {
            super(databases);
        }

        @BeforeAll
        void migrateACopyOfTheSeed() {
            if (!open()) {
                return;
            }
            migrate("12");
            seed = new SeedBeforeSources(jdbc).write();
            factsBefore = rows("select * from fact order by id");
            auditBefore = rows("select * from fact_aud order by id, rev");

            MigrateResult result = migrate("latest");

            assertThat(result.migrations).extracting(migration -> migration.version).contains("13");
        }

        @Test
        void exactDuplicatesBecomeOneSourceAndNothingElseDoes() {
            Map<Citation, List<Long>> sources = sourcesByCitation();

            assertThat(sources).allSatisfy((citation, ids) -> assertThat(ids).as(citation.toString()).hasSize(1));
            assertThat(sources.keySet()).containsExactlyInAnyOrderElementsOf(citedBefore().keySet());
            assertThat(sources).containsKeys(seed.seedCitation(), ANNUAL_REPORT, OTHER_ADDRESS, OTHER_DATE,
                    OTHER_CASE, NO_ADDRESS, NO_DATE, NEITHER, TRACKER, LAUNCH_POST);
            assertThat(factsCiting(seed.seedCitation())).isEqualTo(seed.seedFacts());
            assertThat(factsCiting(ANNUAL_REPORT)).isEqualTo(3);
            assertThat(factsCiting(NO_ADDRESS)).isEqualTo(2);
            assertThat(factsCiting(NO_DATE)).isEqualTo(2);
            assertThat(factsCiting(NEITHER)).isEqualTo(2);
        }

        /** Read through its source, each fact is the row it was: same count, same columns, same values. */
        @Test
        void everyFactCitesTheSourceItsTextNamedAndKeepsEverythingElse() {
            List<Map<String, Object>> after = rows("select f.*, " + CITED_AS_BEFORE
                    + " from fact f left join source s on s.id = f.source_id order by f.id");

            assertThat(asBefore(after, factsBefore)).containsExactlyElementsOf(factsBefore);
        }

        /** Audit rows likewise; a deletion's row named no source and names none. */
        @Test
        void everyAuditRowCitesTheSourceItsTextNamedAndKeepsEverythingElse() {
            List<Map<String, Object>> after = rows("select a.*, " + CITED_AS_BEFORE
                    + " from fact_aud a left join source s on s.id = a.source_id order by a.id, a.rev");

            assertThat(asBefore(after, auditBefore)).containsExactlyElementsOf(auditBefore);
            assertThat(jdbc.queryForObject("select count(*) from fact_aud where revtype = 2 and source_id is null",
                    Integer.class)).isEqualTo(1);
        }

        @Test
        void aSourceOnlyTheHistoryOfADeletedFactNamesIsKept() {
            long launchPost = sourcesByCitation().get(LAUNCH_POST).get(0);

            assertThat(factsCiting(LAUNCH_POST)).isZero();
            assertThat(jdbc.queryForList("select revtype from fact_aud where source_id = ?", Integer.class,
                    launchPost)).containsExactly(0);
        }

        /** The most binding provenance of the facts and audit rows that cited it, as V13's comment says. */
        @Test
        void aSourcesKindIsReadOffTheMostBindingProvenanceThatCitedIt() {
            Map<Citation, String> kinds = new HashMap<>();
            rows("select title, url, published_on, kind from source").forEach(row ->
                    kinds.put(Citation.of(row, "title", "url", "published_on"), (String) row.get("kind")));

            assertThat(kinds).contains(
                    entry(ANNUAL_REPORT, "COMPANY_STATEMENT"), // company-reported, third-party, analyst estimate
                    entry(OTHER_ADDRESS, "COMPANY_STATEMENT"),
                    entry(OTHER_DATE, "COMMENTARY"),
                    entry(OTHER_CASE, "THIRD_PARTY_DATA"),
                    entry(NO_ADDRESS, "THIRD_PARTY_DATA"), // third-party, analyst estimate
                    entry(NO_DATE, "COMMENTARY"), // commentary, analyst estimate
                    entry(NEITHER, "COMPANY_STATEMENT"), // company-reported, commentary
                    entry(TRACKER, "THIRD_PARTY_DATA"), // analyst estimate, third-party
                    entry(LAUNCH_POST, "COMPANY_STATEMENT"), // company-reported, in the history only
                    entry(seed.seedCitation(), "COMMENTARY")); // commentary, analyst estimates
        }

        /** Numbered in the order facts first cited them, dated by the first fact, and nothing made up. */
        @Test
        void aSourceSaysWhatTheTextSaidAndNoMore() {
            Map<Citation, Map<String, Object>> firstCitations = citedBefore();
            List<Citation> inOrderOfFirstCitation = new ArrayList<>(firstCitations.keySet());
            inOrderOfFirstCitation.sort(
                    Comparator.comparing(citation -> (Long) firstCitations.get(citation).get("id")));
            List<Map<String, Object>> sources = rows("select * from source order by id");

            assertThat(sources).extracting(row -> Citation.of(row, "title", "url", "published_on"))
                    .containsExactlyElementsOf(inOrderOfFirstCitation);
            assertThat(sources).allSatisfy(source -> {
                Map<String, Object> first = firstCitations.get(Citation.of(source, "title", "url", "published_on"));
                assertThat(source.get("created_at")).isEqualTo(first.get("recorded_at"));
                assertThat(source.get("publisher")).isNull();
                assertThat(source.get("language")).isNull();
                assertThat(source.get("archive_url")).isNull();
                assertThat(((Number) source.get("version")).longValue()).isZero();
            });
        }

        @Test
        void theTextColumnsAreGoneAndAFactMustCiteARecordedSource() {
            List<String> textColumns = List.of("source_title", "source_url", "source_date");
            assertThat(columns("fact")).contains("source_id").doesNotContainAnyElementsOf(textColumns);
            assertThat(columns("fact_aud")).contains("source_id").doesNotContainAnyElementsOf(textColumns);
            long known = jdbc.queryForObject("select min(id) from source", Long.class);
            long unknown = jdbc.queryForObject("select max(id) + 1 from source", Long.class);

            assertThat(insertFactCiting(known)).isEqualTo(1);
            assertThatThrownBy(() -> insertFactCiting(unknown)).isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> insertFactCiting(null)).isInstanceOf(DataIntegrityViolationException.class);
        }

        /** Inserts a fact in a transaction that is rolled back, so the other checks read the migrated data. */
        private int insertFactCiting(Long source) {
            return rolledBack(() -> jdbc.update("insert into fact (company_id, metric, value_level, qualifier, as_of, provenance, "
                        + "claim, recorded_at, source_id) select id, 'EXECUTION_PACE', 'FAST', 'EXACT', "
                        + "DATE '2026-12-01', 'COMMENTARY', 'A fact after the migration', "
                        + "TIMESTAMP '2026-12-01 10:00:00', CAST(? AS BIGINT) from company where slug = 'awkward-co'",
                        source));
        }

        /** Each triple that a fact or an audit row named before, with the row that named it first. */
        private Map<Citation, Map<String, Object>> citedBefore() {
            Map<Citation, Map<String, Object>> first = new HashMap<>();
            List<Map<String, Object>> citing = new ArrayList<>(factsBefore);
            citing.addAll(auditBefore);
            citing.sort(Comparator.comparing(row -> (Long) row.get("id")));
            citing.stream().filter(row -> row.get("source_title") != null).forEach(row -> first.putIfAbsent(
                    Citation.of(row, "source_title", "source_url", "source_date"), row));
            return first;
        }

        private Map<Citation, List<Long>> sourcesByCitation() {
            Map<Citation, List<Long>> sources = new HashMap<>();
            rows("select id, title, url, published_on from source").forEach(row -> sources
                    .computeIfAbsent(Citation.of(row, "title", "url", "published_on"), citation -> new ArrayList<>())
                    .add((Long) row.get("id")));
            return sources;
        }

        private long factsCiting(Citation citation) {
            return rows("select " + CITED_AS_BEFORE + " from fact f join source s on s.id = f.source_id").stream()
                    .filter(row -> Citation.of(row, "source_title", "source_url", "source_date").equals(citation))
                    .count();
        }

        private List<String> columns(String table) {
            return jdbc.queryForList("select lower(column_name) from information_schema.columns where table_name = ?",
                    String.class, table);
        }

        /** Each row cut to the columns the rows before had; a column that went missing reads as absent. */
        private static List<Map<String, Object>> asBefore(List<Map<String, Object>> after,
                List<Map<String, Object>> before) {
            List<String> columns = before.isEmpty() ? List.of() : List.copyOf(before.get(0).keySet());
            return after.stream().map(row -> {
                Map<String, Object> cut = new TreeMap<>();
                columns.forEach(column -> cut.put(column, row.getOrDefault(column, "(column gone)")));
                return cut;
            }).toList();
        }
    }
}
