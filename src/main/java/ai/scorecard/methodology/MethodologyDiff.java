package ai.scorecard.methodology;

import ai.scorecard.catalog.Weight;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.EvidenceRule;
import ai.scorecard.scoring.Indicator;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.Rubric;
import ai.scorecard.scoring.StyleTrait;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every weight and rule that differs between two methodology versions. Each version is laid out as a list of
 * rules, each with its value written out (a weight, a rubric, a position); a rule that is in one version only
 * was added or removed.
 */
public record MethodologyDiff(List<RuleChange> changes) {

    public MethodologyDiff {
        changes = List.copyOf(changes);
    }

    /** Where in the methodology a rule lives, which the page names in the reader's language. */
    public enum Area {
        FRESHNESS, PRODUCT_WEIGHT, INDICATOR, LENS, STYLE_TRAIT, EVIDENCE_RULE
    }

    /**
     * One rule that changed.
     *
     * @param item   what the rule is about: an indicator's or a lens's code, a weight, a signal; empty for a rule of its own
     * @param detail which of its values: "weight", "rubric", a dimension, a level, a field of the evidence rule
     * @param before      its value in the first version; null when it was added
     * @param after       its value in the second version; null when it was removed
     * @param beforeWords the first value as the page words it in the reader's language; null for a number or a code
     * @param afterWords  the same of the second value
     */
    public record RuleChange(Area area, String item, String detail, String before, String after, Wording beforeWords,
            Wording afterWords) {
    }

    /** A value written in the reader's language: a message of the bundles with its arguments. */
    public record Wording(String code, List<String> arguments) {

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** A rule's value: as compared between versions, and as worded, when it is not a number or a code. */
    private record Value(String text, Wording words) {

        static Value of(String text) {
            return new Value(text, null);
        }
    }

    public static MethodologyDiff between(Methodology from, Methodology to) {
        Map<Rule, Value> before = rules(from);
        Map<Rule, Value> after = rules(to);
        Set<Rule> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        List<RuleChange> changes = new ArrayList<>();
        for (Rule rule : all) {
            Value was = before.get(rule);
            Value is = after.get(rule);
            String wasText = was == null ? null : was.text();
            String isText = is == null ? null : is.text();
            if (!Objects.equals(wasText, isText)) {
                changes.add(new RuleChange(rule.area(), rule.item(), rule.detail(), wasText, isText,
                        was == null ? null : was.words(), is == null ? null : is.words()));
            }
        }
        return new MethodologyDiff(changes);
    }

    private record Rule(Area area, String item, String detail) {
    }

    private static Map<Rule, Value> rules(Methodology rules) {
        Map<Rule, Value> laid = new LinkedHashMap<>();
        laid.put(new Rule(Area.FRESHNESS, "", "days"), Value.of(Integer.toString(rules.freshnessDays())));
        for (Weight weight : Weight.values()) {
            laid.put(new Rule(Area.PRODUCT_WEIGHT, weight.name(), "weight"), Value.of(number(rules.productWeight(weight))));
        }
        for (Indicator indicator : rules.indicators()) {
            String dimension = indicator.dimension().name();
            laid.put(new Rule(Area.INDICATOR, indicator.code(), "dimension"),
                    new Value(dimension, new Wording("dimension." + dimension, List.of())));
            laid.put(new Rule(Area.INDICATOR, indicator.code(), "signal"), Value.of(indicator.signal().code()));
            laid.put(new Rule(Area.INDICATOR, indicator.code(), "weight"), Value.of(number(indicator.weight())));
            laid.put(new Rule(Area.INDICATOR, indicator.code(), "rubric"), rubric(indicator.rubric()));
        }
        for (Lens lens : rules.lenses()) {
            for (Dimension dimension : Dimension.commercial()) {
                laid.put(new Rule(Area.LENS, lens.code(), dimension.name()), Value.of(number(lens.share(dimension))));
            }
        }
        for (StyleTrait trait : rules.styleTraits()) {
            laid.put(new Rule(Area.STYLE_TRAIT, trait.signal().code(), "weight"), Value.of(number(trait.weight())));
            new TreeMap<>(trait.positionByLevel()).forEach((level, position) ->
                    laid.put(new Rule(Area.STYLE_TRAIT, trait.signal().code(), level), Value.of(number(position))));
        }
        EvidenceRule evidence = rules.evidence();
        laid.put(new Rule(Area.EVIDENCE_RULE, "", "minSourcedFacts"), Value.of(Integer.toString(evidence.minSourcedFacts())));
        laid.put(new Rule(Area.EVIDENCE_RULE, "", "minDimensions"), Value.of(Integer.toString(evidence.minDimensions())));
        laid.put(new Rule(Area.EVIDENCE_RULE, "", "prior"), Value.of(number(evidence.prior())));
        laid.put(new Rule(Area.EVIDENCE_RULE, "", "priorWeight"), Value.of(number(evidence.priorWeight())));
        laid.put(new Rule(Area.EVIDENCE_RULE, "", "editorCallWeight"), Value.of(number(evidence.editorCallWeight())));
        return laid;
    }

    /** A rubric written out as its numbers, and worded as the methodology page words it. */
    private static Value rubric(Rubric rubric) {
        if (rubric instanceof Rubric.LogScale log) {
            return new Value("log " + number(log.low()) + "–" + number(log.high()),
                    new Wording("methodology.rubric.log", List.of(number(log.low()), number(log.high()))));
        }
        if (rubric instanceof Rubric.Linear linear) {
            return new Value("linear " + number(linear.low()) + "–" + number(linear.high()),
                    new Wording("methodology.rubric.linear", List.of(number(linear.low()), number(linear.high()))));
        }
        if (rubric instanceof Rubric.RankPoints rank) {
            return new Value("rank −" + number(rank.pointsLostPerPlace()),
                    new Wording("methodology.rubric.rank", List.of(number(rank.pointsLostPerPlace()))));
        }
        StringBuilder written = new StringBuilder();
        new TreeMap<>(((Rubric.Levels) rubric).pointsByLevel()).forEach((level, points) ->
                written.append(written.isEmpty() ? "" : ", ").append(level).append(' ').append(number(points)));
        return Value.of(written.toString());
    }

    /** Shares to four decimals, the rest as they are: 0.3 and 0.30000000000000004 are one weight. */
    private static String number(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
