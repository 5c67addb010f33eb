package ai.scorecard.search;

import java.util.List;

/** The results of one kind that are shown, and whether there were more than those. */
record Found<T>(List<T> shown, boolean more) {

    /** From the results asked for with one more than {@code shown} allows. */
    static <T> Found<T> of(List<T> asked, int shown) {
        return asked.size() > shown ? new Found<>(asked.subList(0, shown), true) : new Found<>(asked, false);
    }
}
