package ai.scorecard.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers read in steps and reasons: short, locale-free, and the same on every machine. */
final class Figures {

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);

    private Figures() {
    }

    /** Points with at most one decimal: 66.7, 100, 42.5. */
    static String points(double points) {
        return trimmed(BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP));
    }

    /** A share of 1 as a percentage with at most one decimal: 0.45 → 45%. */
    static String percent(double share) {
        return points(share * 100) + "%";
    }

    static String value(double value) {
        return value(BigDecimal.valueOf(value));
    }

    /** Large figures in powers of ten (1e10, 2.5e9) so that a log scale reads at a glance. */
    static String value(BigDecimal value) {
        BigDecimal rounded = value.round(THREE_DIGITS).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        if (rounded.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return trimmed(value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP));
        }
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    private static String trimmed(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
