package ai.scorecard.api;

import ai.scorecard.catalog.Weight;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoreboard.VersionNote;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.EvidenceRule;
import ai.scorecard.scoring.Indicator;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.Rubric;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A published methodology version's rules, as /methodology publishes them in words. */
@Schema(description = "A published version of the scoring rules. A version never changes once published.")
public record MethodologyRecord(
        @Schema(description = "The version number.")
        int version,
        @JsonProperty("published_on") @Schema(description = "The day it was published (ISO 8601).")
        LocalDate publishedOn,
        @Schema(description = "What changed and why, in English.")
        String note,
        @JsonProperty("note_zh") @Schema(description = "What changed and why, in Chinese; null where not written.")
        String noteZh,
        @Schema(description = "Whether it is the version scores follow unless another is asked for.")
        boolean current,
        @JsonProperty("freshness_days")
        @Schema(description = "A fact older than this many days is stale and no longer counts.")
        int freshnessDays,
        @JsonProperty("product_weights")
        @Schema(description = "A product's weight in its company's roll-up, by its weight class.")
        Map<Weight, Double> productWeights,
        @JsonProperty("evidence_rule")
        @Schema(description = "How much sourced evidence a score needs, and how thin evidence is read.")
        EvidenceRuleRecord evidenceRule,
        @Schema(description = "The lenses: weightings of the commercialization dimensions.")
        List<LensRecord> lenses,
        @Schema(description = "The indicators, in methodology order.")
        List<IndicatorRule> indicators,
        @Schema(description = "Every published version, newest first.")
        List<VersionRecord> versions) {

    static MethodologyRecord of(PublishedMethodology published, int currentVersion, List<VersionNote> notes) {
        Methodology rules = published.rules();
        Map<Weight, Double> weights = new TreeMap<>(rules.productWeights());
        return new MethodologyRecord(published.version(), published.publishedOn(), published.note().en(),
                published.note().zh(),
                published.version() == currentVersion, rules.freshnessDays(), weights,
                EvidenceRuleRecord.of(rules.evidence()),
                rules.lenses().stream().map(lens -> new LensRecord(lens.code(), Dimensions.sharesOf(lens))).toList(),
                rules.indicators().stream().map(IndicatorRule::of).toList(),
                notes.stream().map(note -> new VersionRecord(note.version(), note.publishedOn(),
                        note.note().en(), note.note().zh())).toList());
    }

    @Schema(description = "How much sourced evidence a score needs, and how thin evidence is read.")
    public record EvidenceRuleRecord(
            @JsonProperty("min_sourced_facts")
            @Schema(description = "A product takes a score only with at least this many current sourced facts feeding "
                    + "its commercialization indicators.")
            int minSourcedFacts,
            @JsonProperty("min_dimensions")
            @Schema(description = "… reaching at least this many commercialization dimensions.")
            int minDimensions,
            @Schema(description = "The neutral score (0–100) thin evidence is pulled towards.")
            double prior,
            @JsonProperty("prior_weight")
            @Schema(description = "How much the prior weighs, in the unit of the indicators' effective weights.")
            double priorWeight,
            @JsonProperty("editor_call_weight")
            @Schema(description = "The factor (0–1) on an editors' trait's weight: an unsourced call counts for less "
                    + "than a fact.")
            double editorCallWeight) {

        static EvidenceRuleRecord of(EvidenceRule rule) {
            return new EvidenceRuleRecord(rule.minSourcedFacts(), rule.minDimensions(), rule.prior(),
                    rule.priorWeight(), rule.editorCallWeight());
        }
    }

    @Schema(description = "A lens: a weighting of the commercialization dimensions.")
    public record LensRecord(
            @Schema(description = "The lens's code, as ?lens= takes it.")
            String code,
            @Schema(description = "Each dimension's share (0–1) of the lens's weight.")
            Dimensions shares) {
    }

    @Schema(description = "An indicator: what it reads, which dimension it counts towards and how it is graded.")
    public record IndicatorRule(
            @Schema(description = "The indicator's code.")
            String code,
            @Schema(description = "The dimension it counts towards.")
            Dimension dimension,
            @Schema(description = "What it reads: fact:METRIC or trait:NAME.")
            String signal,
            @Schema(description = "Its weight among the indicators of its dimension.")
            double weight,
            @Schema(description = "How what it reads becomes 0–100 points.",
                    allowableValues = {"LOG_SCALE", "LINEAR", "RANK_POINTS", "LEVELS"})
            String rubric,
            @Schema(description = "LOG_SCALE and LINEAR: the value at or below which it gives 0; null otherwise.")
            Double low,
            @Schema(description = "LOG_SCALE and LINEAR: the value at or above which it gives 100; null otherwise.")
            Double high,
            @JsonProperty("points_lost_per_place")
            @Schema(description = "RANK_POINTS: rank 1 gives 100, each place further down loses this many; null "
                    + "otherwise.")
            Double pointsLostPerPlace,
            @JsonProperty("points_by_level")
            @Schema(description = "LEVELS: the points of each level; a level not listed is unknown. Null otherwise.")
            Map<String, Double> pointsByLevel) {

        static IndicatorRule of(Indicator indicator) {
            Rubric rubric = indicator.rubric();
            String kind;
            Double low = null;
            Double high = null;
            Double perPlace = null;
            Map<String, Double> levels = null;
            if (rubric instanceof Rubric.LogScale log) {
                kind = "LOG_SCALE";
                low = log.low();
                high = log.high();
            } else if (rubric instanceof Rubric.Linear linear) {
                kind = "LINEAR";
                low = linear.low();
                high = linear.high();
            } else if (rubric instanceof Rubric.RankPoints rank) {
                kind = "RANK_POINTS";
                perPlace = rank.pointsLostPerPlace();
            } else {
                kind = "LEVELS";
                levels = new TreeMap<>(((Rubric.Levels) rubric).pointsByLevel());
            }
            return new IndicatorRule(indicator.code(), indicator.dimension(), indicator.signal().code(),
                    indicator.weight(), kind, low, high, perPlace, levels);
        }
    }

    @Schema(description = "One published version: when and why.")
    public record VersionRecord(
            @Schema(description = "The version number.")
            int version,
            @JsonProperty("published_on") @Schema(description = "The day it was published (ISO 8601).")
            LocalDate publishedOn,
            @Schema(description = "What changed and why, in English.")
            String note,
            @JsonProperty("note_zh") @Schema(description = "What changed and why, in Chinese; null where not written.")
            String noteZh) {
    }
}
