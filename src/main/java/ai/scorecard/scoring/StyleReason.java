package ai.scorecard.scoring;

/**
 * One observation that moved a style index.
 *
 * @param subject      the product's slug, or the company's for a company-level fact
 * @param position     −1 (Alibaba-style) … +1 (ByteDance-style)
 * @param weight       the observation's weight in the index: the trait's weight, times the product weight
 *                     or the company-level multiplier in a company index
 * @param evidence     the fact read; null for a product trait
 * @param contribution what this observation adds to the index; the contributions sum to the index
 */
public record StyleReason(Scope scope, String subject, Signal signal, String level, double position, double weight,
        Evidence evidence, double contribution) {

    public enum Scope {
        PRODUCT,
        COMPANY
    }
}
