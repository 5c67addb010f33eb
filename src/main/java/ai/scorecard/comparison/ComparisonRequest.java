package ai.scorecard.comparison;

import ai.scorecard.scoreboard.Disputed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the reader asked to compare, as typed; also writes the page's links. */
public record ComparisonRequest(String left, String right, String lens, Integer version, Disputed disputed) {

    /** Counting every fact, disputed or not. */
    public ComparisonRequest(String left, String right, String lens, Integer version) {
        this(left, right, lens, version, Disputed.INCLUDE);
    }

    /** Unsaid is counting them, so that both spellings of a request are one comparison, kept once. */
    public ComparisonRequest {
        disputed = Disputed.orInclude(disputed);
    }

    /** The same comparison under another lens. */
    public String withLens(String otherLens) {
        return link(left, right, otherLens, version, disputed);
    }

    /** This comparison pinned to the methodology version it was computed with. */
    public String permalink(int usedVersion) {
        return link(left, right, lens, usedVersion, disputed);
    }

    /** The two companies the other way round. */
    public String swapped() {
        return link(right, left, lens, version, disputed);
    }

    private static String link(String left, String right, String lens, Integer version, Disputed disputed) {
        String link = "/compare?left=" + encode(left) + "&right=" + encode(right) + "&lens=" + encode(lens);
        link = version == null ? link : link + "&version=" + version;
        return disputed.excluded() ? link + "&disputed=exclude" : link;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
