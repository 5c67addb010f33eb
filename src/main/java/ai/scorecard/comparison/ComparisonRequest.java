package ai.scorecard.comparison;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What the reader asked to compare, as typed; also writes the page's links. The day is a past day the reader
 * asked for (null for today), and every link keeps it.
 */
public record ComparisonRequest(String left, String right, String lens, Integer version, LocalDate asOf) {

    /** The same comparison under another lens. */
    public String withLens(String otherLens) {
        return link(left, right, otherLens, version, asOf);
    }

    /**
     * This comparison pinned to the methodology version it was computed with and the day it shows, so that the
     * link shows the same numbers whatever is recorded, retracted or published after.
     */
    public String permalink(int usedVersion, LocalDate shownDay) {
        return link(left, right, lens, usedVersion, shownDay);
    }

    /** The two companies the other way round. */
    public String swapped() {
        return link(right, left, lens, version, asOf);
    }

    private static String link(String left, String right, String lens, Integer version, LocalDate asOf) {
        String link = "/compare?left=" + encode(left) + "&right=" + encode(right) + "&lens=" + encode(lens);
        if (version != null) {
            link += "&version=" + version;
        }
        return asOf == null ? link : link + "&asOf=" + asOf;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
