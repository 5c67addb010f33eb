package ai.scorecard.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * V14 gives summaries, headquarters, claims, source titles and publishers and version notes a Chinese column
 * (issue 14). Run on a copy of the seed and the history as they stood before it, on H2 and on PostgreSQL:
 * every text stays where it was, which is now the English column, and the Chinese ones start empty.
 */
class BilingualMigrationTest {

    /** Each table with a text that gained a Chinese column, and that column's names. */
    private static final Map<String, List<String>> CHINESE_COLUMNS = Map.of(
            "company", List.of("headquarters_zh", "summary_zh"),
            "company_aud", List.of("headquarters_zh", "summary_zh"),
            "product", List.of("summary_zh"),
            "product_aud", List.of("summary_zh"),
            "fact", List.of("claim_zh"),
            "fact_aud", List.of("claim_zh"),
            "source", List.of("title_zh", "publisher_zh"),
            "source_aud", List.of("title_zh", "publisher_zh"));

    @Nested
    class OnH2 extends Checks {
        OnH2() {
            super(ScratchDatabase::h2);
        }
    }

    /** Runs in the suite's PostgreSQL pass, on a database of its own; skipped otherwise, with the reason. */
    @Nested
    class OnPostgresql extends Checks {
        OnPostgresql() {
            super(ScratchDatabase::postgresql);
        }
    }

    abstract static class Checks extends MigrationChecks {

        private final Map<String, List<Map<String, Object>>> before = new TreeMap<>();
        private List<Map<String, Object>> versionsBefore;

        Checks(Supplier<ScratchDatabase> databases) {
            super(databases);
        }

        @BeforeAll
        void migrateACopyOfTheSeed() {
            if (!open()) {
                return;
            }
            migrate("12");
            new SeedBeforeSources(jdbc).write();
            migrate("13");
            // Sources an editor said are in Chinese: typed in Chinese characters, or not.
            jdbc.update("insert into source (title, publisher, language, kind, created_at) values "
                    + "('流明研究年度报告', '流明研究院', 'ZH', 'PRESS', TIMESTAMP '2026-11-01 10:00:00'), "
                    + "('Lumen annual report', 'Lumen Institute', 'ZH', 'PRESS', TIMESTAMP '2026-11-01 10:00:00'), "
                    + "('混合 report', '混合', 'EN', 'PRESS', TIMESTAMP '2026-11-01 10:00:00')");
            CHINESE_COLUMNS.keySet().forEach(table -> before.put(table, rows("select * from " + table + " order by 1")));
            versionsBefore = rows("select * from methodology_version order by id");

            MigrateResult result = migrate("latest");

            assertThat(result.migrations).extracting(migration -> migration.version).contains("14");
        }

        /**
         * Every text stays where it was, now the English column, and the Chinese column is empty: but for a
         * source said to be in Chinese whose title or publisher is in Chinese characters, which moves over.
         */
        @Test
        void everyTextStaysInItsColumnNowTheEnglishOneAndTheChineseOnesStartEmpty() {
            assertThat(before.get("fact")).as("the seed's facts were there to migrate").hasSizeGreaterThan(30);
            assertThat(before.get("company").get(0)).containsKeys("summary", "headquarters");
            CHINESE_COLUMNS.forEach((table, chinese) -> {
                List<Map<String, Object>> after = rows("select * from " + table + " order by 1");
                assertThat(after).as(table).hasSameSizeAs(before.get(table));
                for (int i = 0; i < after.size(); i++) {
                    Map<String, Object> expected = new TreeMap<>(before.get(table).get(i));
                    chinese.forEach(column -> expected.put(column, null));
                    if (table.startsWith("source") && "ZH".equals(expected.get("language"))) {
                        movedIfChinese(expected, "title");
                        movedIfChinese(expected, "publisher");
                    }
                    assertThat(after.get(i)).as(table).isEqualTo(expected);
                }
            });
            assertThat(rows("select * from fact order by 1")).extracting(row -> row.get("claim"))
                    .contains("Qianwen's growth methods lack any retention logic.");
            assertThat(rows("select title, title_zh, publisher, publisher_zh from source where language is not null "
                    + "order by id")).extracting(row -> row.get("title"), row -> row.get("title_zh"),
                            row -> row.get("publisher"), row -> row.get("publisher_zh"))
                    .containsExactly(Tuple.tuple(null, "流明研究年度报告", null, "流明研究院"),
                            Tuple.tuple("Lumen annual report", null, "Lumen Institute", null),
                            Tuple.tuple("混合 report", null, "混合", null));
        }

        private static void movedIfChinese(Map<String, Object> row, String column) {
            Object text = row.get(column);
            if (text instanceof String typed && typed.codePoints().anyMatch(
                    point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN)) {
                row.put(column + "_zh", typed);
                row.put(column, null);
            }
        }

        /** The two versions that came with the application get their Chinese; nothing else of them changes. */
        @Test
        void theVersionsThatCameWithTheApplicationGetAChineseNote() {
            List<Map<String, Object>> after = rows("select * from methodology_version order by id");

            assertThat(after).extracting(row -> (String) row.get("note_zh"))
                    .hasSize(2).allSatisfy(note -> assertThat(note).containsPattern("^\\p{IsHan}")
                            .doesNotContainPattern("[A-Za-z]{4,}"));
            for (int i = 0; i < after.size(); i++) {
                Map<String, Object> row = new TreeMap<>(after.get(i));
                row.remove("note_zh");
                assertThat(row).isEqualTo(versionsBefore.get(i));
            }
        }

        /** A claim and a title are required in one language, either; in neither, the database refuses them. */
        @Test
        void aClaimOrATitleMayBeInEitherLanguageButNotInNeither() {
            long source = jdbc.queryForObject("select min(id) from source", Long.class);

            assertThat(rolledBack(() -> insertFact(source, null, "只有中文的要点"))).isEqualTo(1);
            assertThat(rolledBack(() -> insertFact(source, "English only", null))).isEqualTo(1);
            assertThatThrownBy(() -> rolledBack(() -> insertFact(source, null, null)))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> rolledBack(() -> insertFact(source, " ", "  ")))
                    .isInstanceOf(DataIntegrityViolationException.class);

            assertThat(rolledBack(() -> insertSource(null, "中文标题"))).isEqualTo(1);
            assertThatThrownBy(() -> rolledBack(() -> insertSource(null, " ")))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }

        private int insertFact(long source, String claim, String claimZh) {
            return jdbc.update("insert into fact (company_id, metric, value_level, qualifier, as_of, provenance, "
                    + "claim, claim_zh, recorded_at, source_id) select id, 'EXECUTION_PACE', 'FAST', 'EXACT', "
                    + "DATE '2026-12-01', 'COMMENTARY', ?, ?, TIMESTAMP '2026-12-01 10:00:00', ? "
                    + "from company where slug = 'bytedance'", claim, claimZh, source);
        }

        private int insertSource(String title, String titleZh) {
            return jdbc.update("insert into source (title, title_zh, kind, created_at) "
                    + "values (?, ?, 'PRESS', TIMESTAMP '2026-12-01 10:00:00')", title, titleZh);
        }
    }
}
