package ai.scorecard.scoring;

/**
 * What a product's score rests on: the current facts that feed its commercialization indicators, and
 * how many of the commercialization dimensions they reach. Editors' traits carry no source and are not
 * counted; see {@link EvidenceRule}.
 */
public record EvidenceCount(int sourcedFacts, int dimensions) {
}
