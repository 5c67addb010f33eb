package ai.scorecard.scoring;

/**
 * How much sourced evidence a score needs, and how thin evidence is read: part of a methodology version
 * since version 2. Published on the methodology page as {@code methodology.evidenceRule},
 * {@code methodology.editorCall} and {@code methodology.estimateText}.
 *
 * @param minSourcedFacts  a product takes a score only when at least this many current facts feed its
 *                         commercialization indicators; editors' traits are not sourced and never count
 * @param minDimensions    … and those facts feed at least this many commercialization dimensions
 * @param prior            the neutral score thin evidence is pulled towards (0–100)
 * @param priorWeight      how much the prior weighs, in the same unit as the indicators' effective weights
 *                         (which sum to 1 over the whole methodology): IMDb's m
 * @param editorCallWeight the factor on an editor's trait's weight: an unsourced call counts for less than a fact
 */
public record EvidenceRule(int minSourcedFacts, int minDimensions, double prior, double priorWeight,
        double editorCallWeight) {

    /**
     * Version 1's reading: any known indicator makes a score, nothing is pulled towards a prior and a
     * trait weighs as much as a fact. Scores under it are exactly what they were before version 2.
     */
    public static final EvidenceRule NONE = new EvidenceRule(0, 0, 50, 0, 1);

    public EvidenceRule {
        if (minSourcedFacts < 0 || minDimensions < 0 || minDimensions > Dimension.commercial().size()) {
            throw new IllegalArgumentException("The evidence minimum is out of range: " + minSourcedFacts
                    + " facts in " + minDimensions + " dimensions");
        }
        if (!(prior >= 0 && prior <= 100)) {
            throw new IllegalArgumentException("The prior is a score between 0 and 100, not " + prior);
        }
        if (!(priorWeight >= 0 && Double.isFinite(priorWeight))) {
            throw new IllegalArgumentException("The prior's weight must be finite and not negative, not " + priorWeight);
        }
        if (!(editorCallWeight >= 0 && editorCallWeight <= 1)) {
            throw new IllegalArgumentException("An editor's call weighs between 0 and 1 of a fact, not " + editorCallWeight);
        }
    }

    /** Whether a score needs sourced evidence at all (version 2 on), rather than anything known. */
    public boolean requiresEvidence() {
        return minSourcedFacts > 0 || minDimensions > 0;
    }

    /** Whether this many sourced facts in this many dimensions are enough for a score. */
    public boolean isMetBy(int sourcedFacts, int dimensions) {
        return sourcedFacts >= minSourcedFacts && dimensions >= minDimensions;
    }
}
