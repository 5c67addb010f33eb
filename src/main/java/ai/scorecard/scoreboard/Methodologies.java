package ai.scorecard.scoreboard;

import ai.scorecard.catalog.Weight;
import ai.scorecard.checks.Bilingual;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.EvidenceRule;
import ai.scorecard.scoring.Indicator;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.Rubric;
import ai.scorecard.scoring.Signal;
import ai.scorecard.scoring.StyleTrait;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Repository;

/**
 * The published methodology versions. A version is never changed once published, so a loaded version
 * is kept in memory for good; only "which version is current" is asked of the database each time,
 * which keeps every instance behind a load balancer on the same version.
 */
@Repository
public class Methodologies {

    private final JdbcClient jdbc;
    private final Map<Integer, PublishedMethodology> loaded = new ConcurrentHashMap<>();

    Methodologies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PublishedMethodology current() {
        Integer latest = jdbc.sql("select max(version) from methodology_version").query(Integer.class).single();
        if (latest == null) {
            throw new IllegalStateException("No methodology version is published");
        }
        return version(latest).orElseThrow();
    }

    /**
     * The version in force on a day: the last one published on or before it. Before the first publication the
     * first version stands, as the rules the scorecard began with.
     */
    public PublishedMethodology inForceOn(LocalDate day) {
        Integer version = jdbc.sql("""
                        select coalesce(max(version), (select min(version) from methodology_version))
                        from methodology_version where published_on <= ?""")
                .param(day).query(Integer.class).single();
        if (version == null) {
            throw new IllegalStateException("No methodology version is published");
        }
        return version(version).orElseThrow();
    }

    public Optional<PublishedMethodology> version(int version) {
        PublishedMethodology known = loaded.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublishedMethodology> found = load(version);
        if (readsOnlyCommittedData()) {
            found.ifPresent(methodology -> loaded.put(version, methodology));
        }
        return found;
    }

    /**
     * Publishes changed rules as the next version, with a note saying what changed and why. Nothing of
     * an earlier version is touched. Two editors publishing at once cannot both become version N+1: the
     * unique version number refuses the second, whose transaction then rolls back whole.
     */
    @Transactional
    public PublishedMethodology publish(Methodology rules, String note, LocalDate publishedOn, String publishedBy) {
        return publish(rules, new Bilingual(note, null), publishedOn, publishedBy);
    }

    /** The same, with the note in English and, optionally, in Chinese. */
    @Transactional
    public PublishedMethodology publish(Methodology rules, Bilingual note, LocalDate publishedOn, String publishedBy) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from methodology_version")
                .query(Integer.class).single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into methodology_version (version, published_on, note, note_zh, published_by,
                            freshness_days, flagship_weight, major_weight, minor_weight, min_sourced_facts,
                            min_dimensions, prior_score, prior_weight, editor_call_weight)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version, publishedOn, note.en(), note.zh(), publishedBy, rules.freshnessDays(), rules.productWeight(Weight.FLAGSHIP),
                        rules.productWeight(Weight.MAJOR), rules.productWeight(Weight.MINOR),
                        rules.evidence().minSourcedFacts(), rules.evidence().minDimensions(), rules.evidence().prior(),
                        rules.evidence().priorWeight(), rules.evidence().editorCallWeight())
                .update(key, "id");
        long versionId = key.getKey().longValue();
        int position = 0;
        for (Indicator indicator : rules.indicators()) {
            insertIndicator(versionId, ++position, indicator);
        }
        position = 0;
        for (Lens lens : rules.lenses()) {
            long lensId = insert("insert into methodology_lens (version_id, position, code) values (?, ?, ?)",
                    versionId, ++position, lens.code());
            lens.dimensionWeights().forEach((dimension, weight) -> jdbc.sql(
                            "insert into methodology_lens_weight (lens_id, dimension, weight) values (?, ?, ?)")
                    .params(lensId, dimension.name(), weight).update());
        }
        position = 0;
        for (StyleTrait trait : rules.styleTraits()) {
            long traitId = insert("insert into methodology_style_trait (version_id, position, signal, weight) "
                    + "values (?, ?, ?, ?)", versionId, ++position, trait.signal().code(), trait.weight());
            trait.positionByLevel().forEach((level, place) -> jdbc.sql(
                            "insert into methodology_style_position (trait_id, level, position) values (?, ?, ?)")
                    .params(traitId, level, place).update());
        }
        return load(version).orElseThrow();
    }

    /**
     * A version read inside a writing transaction may be one that transaction is publishing and may
     * still roll back; only what is read outside one is known to be committed and kept.
     */
    private static boolean readsOnlyCommittedData() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private void insertIndicator(long versionId, int position, Indicator indicator) {
        Double low = null;
        Double high = null;
        Double perPlace = null;
        String rubric;
        if (indicator.rubric() instanceof Rubric.LogScale log) {
            rubric = "LOG_SCALE";
            low = log.low();
            high = log.high();
        } else if (indicator.rubric() instanceof Rubric.Linear linear) {
            rubric = "LINEAR";
            low = linear.low();
            high = linear.high();
        } else if (indicator.rubric() instanceof Rubric.RankPoints rank) {
            rubric = "RANK_POINTS";
            perPlace = rank.pointsLostPerPlace();
        } else {
            rubric = "LEVELS";
        }
        long indicatorId = insert("""
                        insert into methodology_indicator (version_id, position, code, dimension, signal, rubric,
                            low_anchor, high_anchor, points_per_place, weight)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                versionId, position, indicator.code(), indicator.dimension().name(), indicator.signal().code(), rubric,
                low, high, perPlace, indicator.weight());
        if (indicator.rubric() instanceof Rubric.Levels levels) {
            levels.pointsByLevel().forEach((level, points) -> jdbc.sql(
                            "insert into methodology_level_points (indicator_id, level, points) values (?, ?, ?)")
                    .params(indicatorId, level, points).update());
        }
    }

    private long insert(String sql, Object... params) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKey().longValue();
    }

    public List<VersionNote> versions() {
        return jdbc.sql("select version, published_on, note, note_zh, published_by from methodology_version "
                        + "order by version desc")
                .query((rs, row) -> new VersionNote(rs.getInt("version"), rs.getObject("published_on", LocalDate.class),
                        new Bilingual(rs.getString("note"), rs.getString("note_zh")), rs.getString("published_by")))
                .list();
    }

    private Optional<PublishedMethodology> load(int version) {
        record Header(long id, LocalDate publishedOn, Bilingual note, int freshnessDays, BigDecimal flagship,
                BigDecimal major, BigDecimal minor, EvidenceRule evidence) {
        }
        Optional<Header> header = jdbc.sql("""
                        select id, published_on, note, note_zh, freshness_days, flagship_weight, major_weight, minor_weight,
                               min_sourced_facts, min_dimensions, prior_score, prior_weight, editor_call_weight
                        from methodology_version where version = ?""")
                .param(version)
                .query((rs, row) -> new Header(rs.getLong("id"), rs.getObject("published_on", LocalDate.class),
                        new Bilingual(rs.getString("note"), rs.getString("note_zh")), rs.getInt("freshness_days"), rs.getBigDecimal("flagship_weight"),
                        rs.getBigDecimal("major_weight"), rs.getBigDecimal("minor_weight"),
                        new EvidenceRule(rs.getInt("min_sourced_facts"), rs.getInt("min_dimensions"),
                                rs.getBigDecimal("prior_score").doubleValue(), rs.getBigDecimal("prior_weight").doubleValue(),
                                rs.getBigDecimal("editor_call_weight").doubleValue())))
                .optional();
        return header.map(h -> new PublishedMethodology(version, h.publishedOn(), h.note(),
                new Methodology(version, h.freshnessDays(), indicators(h.id()), lenses(h.id()),
                        Map.of(Weight.FLAGSHIP, h.flagship().doubleValue(), Weight.MAJOR, h.major().doubleValue(),
                                Weight.MINOR, h.minor().doubleValue()),
                        styleTraits(h.id()), h.evidence())));
    }

    private List<Indicator> indicators(long versionId) {
        record Row(long id, String code, String dimension, String signal, String rubric, BigDecimal low,
                BigDecimal high, BigDecimal perPlace, BigDecimal weight, String level, BigDecimal points) {
        }
        List<Row> rows = jdbc.sql("""
                        select i.id, i.code, i.dimension, i.signal, i.rubric, i.low_anchor, i.high_anchor,
                               i.points_per_place, i.weight, p.level, p.points
                        from methodology_indicator i
                        left join methodology_level_points p on p.indicator_id = i.id
                        where i.version_id = ?
                        order by i.position, p.level""")
                .param(versionId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getString(10), rs.getBigDecimal(11)))
                .list();
        Map<Long, List<Row>> byIndicator = new LinkedHashMap<>();
        rows.forEach(row -> byIndicator.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        List<Indicator> indicators = new ArrayList<>();
        for (List<Row> group : byIndicator.values()) {
            Row first = group.get(0);
            Rubric rubric = switch (first.rubric()) {
                case "LOG_SCALE" -> new Rubric.LogScale(first.low().doubleValue(), first.high().doubleValue());
                case "LINEAR" -> new Rubric.Linear(first.low().doubleValue(), first.high().doubleValue());
                case "RANK_POINTS" -> new Rubric.RankPoints(first.perPlace().doubleValue());
                case "LEVELS" -> new Rubric.Levels(levelMap(group.stream()
                        .filter(row -> row.level() != null)
                        .map(row -> Map.entry(row.level(), row.points()))
                        .toList()));
                default -> throw new IllegalStateException("Unknown rubric " + first.rubric());
            };
            indicators.add(new Indicator(first.code(), Dimension.valueOf(first.dimension()),
                    Signal.parse(first.signal()), rubric, first.weight().doubleValue()));
        }
        return indicators;
    }

    private List<Lens> lenses(long versionId) {
        record Row(String code, String dimension, BigDecimal weight) {
        }
        List<Row> rows = jdbc.sql("""
                        select l.code, w.dimension, w.weight
                        from methodology_lens l join methodology_lens_weight w on w.lens_id = l.id
                        where l.version_id = ?
                        order by l.position, w.dimension""")
                .param(versionId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        Map<String, Map<Dimension, Double>> byLens = new LinkedHashMap<>();
        rows.forEach(row -> byLens.computeIfAbsent(row.code(), code -> new LinkedHashMap<>())
                .put(Dimension.valueOf(row.dimension()), row.weight().doubleValue()));
        return byLens.entrySet().stream().map(entry -> new Lens(entry.getKey(), entry.getValue())).toList();
    }

    private List<StyleTrait> styleTraits(long versionId) {
        record Row(String signal, BigDecimal weight, String level, BigDecimal position) {
        }
        List<Row> rows = jdbc.sql("""
                        select t.signal, t.weight, p.level, p.position
                        from methodology_style_trait t join methodology_style_position p on p.trait_id = t.id
                        where t.version_id = ?
                        order by t.position, p.level""")
                .param(versionId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
        Map<String, List<Row>> bySignal = new LinkedHashMap<>();
        rows.forEach(row -> bySignal.computeIfAbsent(row.signal(), signal -> new ArrayList<>()).add(row));
        return bySignal.values().stream()
                .map(group -> new StyleTrait(Signal.parse(group.get(0).signal()),
                        levelMap(group.stream().map(row -> Map.entry(row.level(), row.position())).toList()),
                        group.get(0).weight().doubleValue()))
                .toList();
    }

    private static Map<String, Double> levelMap(List<Map.Entry<String, BigDecimal>> entries) {
        Map<String, Double> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue().doubleValue()));
        return map;
    }
}
