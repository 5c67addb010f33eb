package ai.scorecard.scoring;

/**
 * The scoring rules in words, kept beside the code that applies them so that the methodology page
 * quotes what the code does. The numbers a version may change (anchors, weights, positions) live in
 * the {@link Methodology}; these rules hold for every version.
 */
public final class ScoringRules {

    public static final String FRESHNESS = """
            A fact is current while its as-of date is at most the methodology's freshness window (in days) \
            before today; an older fact is stale and leaves its indicator unknown (STALE). Without a fact the \
            indicator is unknown (MISSING), and so is one whose fact the rubric cannot read, such as a level \
            the rubric does not list (UNRATED). When several current facts feed one indicator, the one with \
            the latest as-of date is read (on the same date, the one recorded last). Traits set by editors \
            (stage, monetization at launch, growth driver, integration depth) never go stale; a trait left \
            at UNKNOWN is unknown.""";

    public static final String QUALIFIERS = """
            EXACT and ABOUT figures are scored at their value. A qualifier that bounds the figure on its good \
            side (AT_LEAST on revenue, users, tokens or retention; AT_MOST on a rank, as in "third or better") \
            is scored at the bound: the true score is at least that, so the reading is conservative. A \
            qualifier that bounds it on its bad side (AT_MOST on revenue, as in "at most 1e9"; AT_LEAST on a \
            rank, as in "second at best") only caps the score: the true points lie anywhere between 0 and the \
            bound's points, and the figure is scored at the middle of that range, half the bound's points. \
            Scoring the bound would flatter; scoring 0 would read "second at best" as "last". Levels and \
            traits have no qualifier. A rank below 1 cannot be read.""";

    public static final String WEIGHTS = """
            An indicator's effective weight is the lens weight of its dimension × its own weight ÷ the summed \
            weights of the indicators in that dimension, normalised so that all effective weights sum to 1. \
            Model-capability indicators carry no weight: capability never enters the commercialization \
            score. Unknown is not zero: a product's overall score is Σ known (effective weight × points) ÷ \
            Σ known effective weight, its coverage is Σ known effective weight (the share of the weight that \
            was known), and a product with nothing known has no overall score. A dimension's score is the \
            indicator-weighted mean of its known indicators; model capability is the indicator-weighted mean \
            of the known model-capability indicators.""";

    public static final String CONFIDENCE = """
            confidence = Σ over known indicators of effective weight × tier × age, which is coverage × the \
            weighted mean quality of the evidence read, so it lies in 0…1 and never exceeds coverage. \
            tier: company-reported 1.0, third-party 0.85, analyst estimate 0.7, commentary 0.55; a trait set \
            by editors counts as an analyst estimate. age: 1 − 0.5 × (days between the as-of date and today) \
            ÷ freshness window, so 1 for a fact dated today and 0.5 at the freshness limit (a fact dated after \
            today counts as new); traits have age 1. A company's confidence is the product-weight-weighted mean \
            of its products' confidences, a product without an overall score counting 0.""";

    public static final String ROLL_UP = """
            A company's score is built from its products, each weighing its product weight (flagship, major or \
            minor, as the methodology sets them). A company dimension is the product-weight-weighted mean of \
            its products' known scores in that dimension. The company's overall score is the \
            product-weight-weighted mean of its products' known overall scores, so each such product adds \
            (its weight ÷ the summed weights of the products with a known overall) × its overall, and these \
            parts sum to the company's overall. Company coverage is the product-weight-weighted mean of its \
            products' coverages, a product with nothing known counting 0. Company-level facts place the \
            company on the style map but do not enter its commercialization score. A company's model \
            capability is the best among its products (a company is as capable as its strongest model), and \
            its commercialization gap is model capability minus overall score, when both are known.""";

    public static final String STYLE = """
            Each style trait gives each level of a product trait or level fact a position from −1 \
            (Alibaba-style) to +1 (ByteDance-style). A product's style is 100 × the trait-weighted mean of \
            the positions of its known traits and current level facts. A company's style index is 100 × the \
            weighted mean of every position observed in its products and in its company-level facts: a \
            product observation weighs its trait's weight × the product's weight; a company-level fact weighs \
            its trait's weight × the sum of the company's product weights (1 when it has no products), \
            because it speaks for every product at once. With nothing observed there is no index. Each \
            observation's part, 100 × its weight × its position ÷ the summed weights, is listed; the parts \
            sum to the index.""";

    public static final String ROBUSTNESS = """
            To test an order between two companies, 2,000 weightings around the chosen lens are tried, drawn \
            with a fixed seed (42) so that the page is stable: each dimension's share is multiplied by a \
            factor drawn uniformly between 0.5 and 1.5, and the shares are rescaled to sum to 1. Reported is \
            the share of these in which the current leader stays strictly ahead (on a tie, the first company \
            named counts as the leader). Then one dimension's share \
            at a time is moved towards 0% and towards 100%, the other shares rescaled in proportion so that \
            all still sum to 1, and the smallest such move that puts the trailer strictly ahead is reported \
            ("flips only if GROWTH_QUALITY weighs above 45%"), or that no single-dimension change flips the \
            order. The move is scanned in 1,000 steps and the crossing refined by bisection.""";

    public static final String EVIDENCE = """
            From version 2 a score needs sourced evidence: a product is scored only when at least the \
            methodology's minimum of current facts feed its commercialization indicators, in at least its \
            minimum of dimensions. Editors' traits carry no source and never count towards the minimum, and \
            model-capability facts are not commercialization evidence. A product below the minimum reads "not \
            enough evidence": it takes no score, no rank, no range, and neither its score, its dimensions nor \
            its style count in its company. A company without any scored product has no score and no style \
            index, so it is left off the map and no leader is called against it. Version 1 had no minimum.""";

    public static final String ESTIMATE = """
            Rankings and comparisons use an estimate that pulls thin evidence towards a neutral prior, the \
            Bayesian average IMDb uses for its Top 250: estimate = (Σ w·points + m·prior) ÷ (Σ w + m) over the \
            known indicators, where w is an indicator's effective weight (times the editor-call factor for a \
            trait) and the prior and m are published with the version. The evidence-only score, Σ w·points ÷ \
            Σ w, is shown beside it. In version 1 m = 0 and the factor is 1, so the two are the same.""";

    public static final String INTERVAL = """
            Every score carries the range it could take given what is unknown: the estimate with every \
            unknown indicator (missing, stale or unrated) at its worst, 0 points, and at its best, 100 points, \
            each weighing what it would weigh if known. A company's range is the product-weight-weighted mean \
            of its scored products' ranges. The estimate always lies inside its range.""";

    public static final String MISSING_FACTS = """
            To test how much an order between two companies rests on facts nobody has recorded, every unknown \
            indicator of their scored products is filled 2,000 times (a fixed seed, 42) with a value drawn \
            uniformly from the points that indicator takes across all products where it is known, and the share \
            of draws in which the leader stays strictly ahead is reported. An indicator known nowhere stays \
            unknown; products without enough evidence stay out, as in the score.""";

    private ScoringRules() {
    }
}
