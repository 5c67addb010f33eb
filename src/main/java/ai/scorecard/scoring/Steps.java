package ai.scorecard.scoring;

import ai.scorecard.fact.Qualifier;

/** Puts an indicator score's arithmetic into words, e.g. "log scale 1e8…1e11: 1e10 → 66.7". */
final class Steps {

    private Steps() {
    }

    static String of(IndicatorScore score) {
        Indicator indicator = score.indicator();
        Rubric rubric = indicator.rubric();
        Evidence evidence = score.evidence();
        if (score.reason() != null) {
            return unknown(score, rubric, evidence);
        }
        double points = score.points().getAsDouble();
        if (evidence == null) {
            return indicator.signal().code().substring(Signal.TRAIT_PREFIX.length()) + " " + score.traitValue()
                    + " → " + Figures.points(points);
        }
        if (rubric instanceof Rubric.Levels) {
            return "level " + evidence.level() + " → " + Figures.points(points);
        }
        String value = Figures.value(evidence.value());
        Qualifier qualifier = evidence.qualifier();
        boolean rank = Grading.lowerIsBetter(rubric);
        String prefix = rank ? "" : rubric.describe() + ": ";
        String read = rank ? "rank " + value : value;
        if (Grading.isCeiling(rubric, qualifier)) {
            double cap = Grading.curve(rubric, evidence.value().doubleValue());
            String bound = rank ? "rank " + value + " or worse" : "at most " + value;
            return prefix + bound + ": no more than " + Figures.points(cap) + ", halved → " + Figures.points(points);
        }
        if (Grading.isFloor(rubric, qualifier)) {
            String bound = rank ? "rank " + value + " or better" : "at least " + value;
            return prefix + bound + " → " + Figures.points(points) + " (scored at the bound)";
        }
        return prefix + (qualifier == Qualifier.ABOUT ? "about " : "") + read + " → " + Figures.points(points);
    }

    private static String unknown(IndicatorScore score, Rubric rubric, Evidence evidence) {
        return switch (score.reason()) {
            case MISSING -> score.indicator().signal() instanceof Trait ? "unknown: not set" : "unknown: no current fact";
            case STALE -> "unknown: the newest fact, as of " + evidence.asOf() + ", is past the freshness window";
            case UNRATED -> {
                if (evidence == null) {
                    yield "unknown: " + score.traitValue() + " is not on the rubric";
                }
                if (rubric instanceof Rubric.Levels) {
                    yield "unknown: level " + evidence.level() + " is not on the rubric";
                }
                yield evidence.value() == null ? "unknown: the fact has no value"
                        : "unknown: " + Figures.value(evidence.value()) + " cannot be read by " + rubric.describe();
            }
        };
    }
}
