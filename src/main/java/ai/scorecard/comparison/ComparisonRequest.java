package ai.scorecard.comparison;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the reader asked to compare, as typed; also writes the page's links. */
public record ComparisonRequest(String left, String right, String lens, Integer version) {

    /** The same comparison under another lens. */
    public String withLens(String otherLens) {
        return link(left, right, otherLens, version);
    }

    /** This comparison pinned to the methodology version it was computed with. */
    public String permalink(int usedVersion) {
        return link(left, right, lens, usedVersion);
    }

    /** The two companies the other way round. */
    public String swapped() {
        return link(right, left, lens, version);
    }

    private static String link(String left, String right, String lens, Integer version) {
        String link = "/compare?left=" + encode(left) + "&right=" + encode(right) + "&lens=" + encode(lens);
        return version == null ? link : link + "&version=" + version;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
