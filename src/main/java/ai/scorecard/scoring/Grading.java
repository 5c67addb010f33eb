package ai.scorecard.scoring;

import ai.scorecard.fact.Qualifier;

/**
 * Applies a rubric to what an indicator read. NaN stands for "cannot be read" so that the scoring loop
 * allocates nothing for an unknown; callers turn it into {@link Unknown#UNRATED}.
 */
final class Grading {

    private Grading() {
    }

    static double points(Rubric rubric, Evidence evidence) {
        if (rubric instanceof Rubric.Levels levels) {
            return levels.pointsOf(evidence.level());
        }
        if (evidence.value() == null) {
            return Double.NaN;
        }
        double atValue = curve(rubric, evidence.value().doubleValue());
        return isCeiling(rubric, evidence.qualifier()) ? atValue / 2 : atValue;
    }

    /** The rubric's points for a value read as exact. */
    static double curve(Rubric rubric, double value) {
        if (rubric instanceof Rubric.LogScale scale) {
            return scale.pointsAt(value);
        }
        if (rubric instanceof Rubric.Linear linear) {
            return linear.pointsAt(value);
        }
        if (rubric instanceof Rubric.RankPoints rank) {
            return rank.pointsAt(value);
        }
        throw new IllegalArgumentException(rubric + " reads levels, not values");
    }

    /** A rank is better the lower it is; every other numeric rubric, the higher. */
    static boolean lowerIsBetter(Rubric rubric) {
        return rubric instanceof Rubric.RankPoints;
    }

    /**
     * Whether the qualifier bounds the value on its bad side ("at most 1e9", "place 2 or worse"), so that
     * the bound's points are only a ceiling, and the true points lie anywhere below them: half is their middle.
     */
    static boolean isCeiling(Rubric rubric, Qualifier qualifier) {
        return qualifier == (lowerIsBetter(rubric) ? Qualifier.AT_LEAST : Qualifier.AT_MOST);
    }
}
