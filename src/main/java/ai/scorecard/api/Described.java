package ai.scorecard.api;

/** The descriptions of the fields companies' and products' records share, written once for the OpenAPI document. */
final class Described {

    static final String NAME_EN = "Its English name.";
    static final String NAME_ZH = "Its Chinese name; null when none is recorded.";
    static final String EVIDENCE_ONLY = "The score from the evidence alone, without the neutral prior; null when score "
            + "is.";
    static final String RANGE_LOW = "The lowest the score could be if every unknown indicator were at its worst; null "
            + "when score is.";
    static final String RANGE_HIGH = "The highest the score could be if every unknown indicator were at its best; "
            + "null when score is.";
    static final String COVERAGE = "The share (0–1) of the commercialization weight that is known; the pages show it "
            + "as a percentage.";
    static final String CONFIDENCE = "0–1: coverage weighted by how far what was read is trusted (provenance, age); "
            + "never more than coverage.";
    static final String DIMENSIONS = "Its score in each commercialization dimension (0–100); null where unknown.";

    private Described() {
    }
}
