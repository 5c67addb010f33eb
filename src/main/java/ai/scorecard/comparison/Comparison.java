package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.MissingFactsRobustness;
import ai.scorecard.scoring.ProductScore;
import ai.scorecard.scoring.Robustness;
import ai.scorecard.scoring.Signal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the comparison page shows about two companies under one lens, in the order it shows it.
 * Built by {@link Comparisons}; the template only lays it out.
 */
public record Comparison(Side left, Side right, int methodologyVersion, LocalDate day, Lens lens, List<String> lenses,
        Optional<Robustness> robustness, Optional<MissingFactsRobustness> missingFacts, List<DimensionRow> dimensions,
        List<CategoryRow> categories, List<TraitRow> playbook) {

    /**
     * One of the two companies, with its best-scored products (a few, best first) named for the charts, where it
     * stands on each playbook trait of the methodology, and which scoring of it this is (the same until anything it
     * is scored from changes, see {@code Standings#scoring}).
     */
    public record Side(String slug, String name, CompanyScore score, List<NamedProduct> best, List<Trait> traits,
            long scoring) {
    }

    /**
     * Where a company's observations of one playbook trait put it, their weighted mean position: −1 Alibaba-style …
     * +1 ByteDance-style; unknown without any.
     */
    public record Trait(Signal signal, OptionalDouble position, int observations) {
    }

    /** A product's name in the reader's language, with its score. */
    public record NamedProduct(String name, ProductScore score) {
    }

    /** Which side leads a figure; NONE when they tie or either is unknown. */
    public enum Leader {
        LEFT,
        RIGHT,
        NONE
    }

    public record DimensionRow(Dimension dimension, OptionalDouble left, OptionalDouble right, Leader leader) {
    }

    /**
     * One product category with each side's best products in it, best first, and how many each side has there;
     * an empty side has no product there.
     */
    public record CategoryRow(Category category, List<ProductCard> left, List<ProductCard> right, int leftCount,
            int rightCount, Leader leader) {

        /** How many products the left side (or the right) has in the category, shown or not. */
        public int count(boolean leftSide) {
            return leftSide ? leftCount : rightCount;
        }
    }

    /**
     * A product as the head-to-head shows it: its score and the facts that weigh most in it, with how many facts fed
     * it in all (its page shows every one).
     */
    public record ProductCard(String slug, String name, ProductScore score, List<Evidence> keyFacts, int facts) {

        /** How many facts fed the score besides the key facts shown. */
        public int moreFacts() {
            return facts - keyFacts.size();
        }
    }

    /** One playbook trait: the positions each side's observations gave it, −1 Alibaba-style … +1 ByteDance-style. */
    public record TraitRow(Signal signal, OptionalDouble left, OptionalDouble right, int leftObservations,
            int rightObservations) {
    }

    /** The overall leader, if both overall scores are known and differ. */
    public Leader leader() {
        return Comparisons.leaderOf(left.score().overall(), right.score().overall());
    }

    /** "▲ ByteDance" where a side leads a figure, empty where none does. */
    public String leaderMark(Leader leader) {
        return leader == Leader.NONE ? "" : "▲ " + (leader == Leader.LEFT ? left : right).name();
    }

    /** How far the leader is ahead, in points; 0 when unknown. */
    public double margin() {
        OptionalDouble a = left.score().overall();
        OptionalDouble b = right.score().overall();
        return a.isPresent() && b.isPresent() ? Math.abs(a.getAsDouble() - b.getAsDouble()) : 0;
    }

    /**
     * The sides without enough evidence for a score: when there is any, no leader is called, and the page
     * says which side lacks it.
     */
    public List<Side> withoutEvidence() {
        return java.util.stream.Stream.of(left, right).filter(side -> side.score().overall().isEmpty()).toList();
    }

    public Side leaderSide() {
        return leader() == Leader.RIGHT ? right : left;
    }

    public Side trailerSide() {
        return leader() == Leader.RIGHT ? left : right;
    }
}
