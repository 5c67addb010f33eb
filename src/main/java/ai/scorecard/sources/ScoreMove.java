package ai.scorecard.sources;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.ProductScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a company's overall score would move without a source's current facts: the score now and without them,
 * each as the scoreboard computes it (unknown stays unknown, never zero), its place among the companies with a
 * score, and the same for its products that those facts are about.
 */
record ScoreMove(Company company, CompanyScore now, CompanyScore without, OptionalInt rankNow,
        OptionalInt rankWithout, List<ProductMove> products) {

    /** The same for a product that a current fact citing the source is about. */
    record ProductMove(Product product, ProductScore now, ProductScore without) {

        public Optional<String> points() {
            return signedMove(now.overall(), without.overall());
        }

        public boolean losesScore() {
            return now.overall().isPresent() && without.overall().isEmpty();
        }
    }

    /**
     * Without minus now, in the tenths the page shows both in (so the three figures agree); empty unless both
     * are known.
     */
    public Optional<String> points() {
        return signedMove(now.overall(), without.overall());
    }

    /** Whether the score is known now and would be unknown (not enough evidence) without the source. */
    public boolean losesScore() {
        return now.overall().isPresent() && without.overall().isEmpty();
    }

    /** Whether the place among the companies would change. */
    public boolean rankMoves() {
        return !rankNow.equals(rankWithout);
    }

    /** A move in points as the page writes it: +1.5, −3.0, ±0.0. */
    static Optional<String> signedMove(OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal move = shown(after.getAsDouble()).subtract(shown(before.getAsDouble()));
        String sign = move.signum() > 0 ? "+" : move.signum() < 0 ? "\u2212" : "\u00b1";
        return Optional.of(sign + move.abs().toPlainString());
    }

    /** A score as the pages show it: to a tenth, half to even, as their number format rounds. */
    private static BigDecimal shown(double score) {
        return new BigDecimal(score).setScale(1, RoundingMode.HALF_EVEN);
    }
}
