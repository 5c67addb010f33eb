package ai.scorecard.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/** 100 × the weighted mean position of the observations, as {@code methodology.styleText} publishes it. */
final class StyleIndex {

    private StyleIndex() {
    }

    static OptionalDouble of(List<StyleReason> reasons) {
        double weight = 0;
        double weighted = 0;
        for (int r = 0, size = reasons.size(); r < size; r++) {
            StyleReason reason = reasons.get(r);
            weight += reason.weight();
            weighted += reason.weight() * reason.position();
        }
        return weight > 0 ? OptionalDouble.of(clamp(100 * weighted / weight)) : OptionalDouble.empty();
    }

    /** The same observations, each with what it adds to the index, so that a page can list them as a sum. */
    static List<StyleReason> withContributions(List<StyleReason> reasons) {
        double weight = 0;
        for (int r = 0, size = reasons.size(); r < size; r++) {
            weight += reasons.get(r).weight();
        }
        List<StyleReason> result = new ArrayList<>(reasons.size());
        for (int r = 0, size = reasons.size(); r < size; r++) {
            StyleReason reason = reasons.get(r);
            result.add(new StyleReason(reason.scope(), reason.subject(), reason.signal(), reason.level(),
                    reason.position(), reason.weight(), reason.evidence(), 100 * reason.weight() * reason.position() / weight));
        }
        return Collections.unmodifiableList(result);
    }

    /** Rounding in the weighted mean must not push a fully one-sided company past ±100. */
    private static double clamp(double index) {
        return Math.max(-100, Math.min(100, index));
    }
}
