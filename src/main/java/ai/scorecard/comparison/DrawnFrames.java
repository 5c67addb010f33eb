package ai.scorecard.comparison;

import ai.scorecard.web.Fragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.unbescape.html.HtmlEscape;

/**
 * The frames of comparison pages ({@link Frame}), drawn from {@code compare/content.html} once for every lens, version,
 * day, choice of disputed facts, language and methodology, and kept: a hundred companies make almost ten thousand pairs, and
 * every pair under one lens shares its frame. A frame does not depend on the facts, so a write does not draw it again.
 */
@Component
class DrawnFrames {

    /** The cache the frames are kept in; see {@link ComparisonCacheConfig}. */
    static final String CACHE = "comparison-frames";

    /**
     * At most this many characters of HTML. A frame holds the page's headings, form and table rows but none of the
     * product cards, so this keeps every lens in both languages on many days and versions.
     */
    static final long KEPT_CHARACTERS = 2_000_000;

    private final Fragments fragments;
    private final MessageSource messages;
    private final KeptDrawings<DrawnComparisons.Key, Frame> kept;

    DrawnFrames(Fragments fragments, MessageSource messages, CacheManager caches) {
        this.fragments = fragments;
        this.messages = messages;
        this.kept = new KeptDrawings<>(caches, CACHE, Frame.class);
    }

    /** The frame of a comparison, kept or drawn now. */
    Frame of(DrawnComparisons.Key key, Comparison comparison, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        DrawnComparisons.Key frameKey = key.withoutPair();
        Optional<Frame> frame = kept.get(frameKey);
        if (frame.isPresent()) {
            return frame.get();
        }
        Frame drawn = draw(Frame.Outline.of(comparison, key.request()), null, locale, request, response);
        kept.keep(frameKey, drawn);
        return drawn;
    }

    /** The frame of a request the page cannot answer: only the form and the problem, said. Not kept. */
    Frame problem(ComparisonRequest asked, List<String> lenses, String problem, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        return draw(Frame.Outline.problem(asked, lenses), problem, locale, request, response);
    }

    private Frame draw(Frame.Outline outline, String problem, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("outline", outline);
        model.addAttribute("pair", Frame.Marks.INSTANCE);
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("problemValue", Frame.Marks.INSTANCE.problemValue());
        }
        return Frame.of(fragments.render("compare/content :: content", model, locale, request, response, 32 * 1024),
                HtmlEscape.escapeHtml4Xml(messages.getMessage("compare.noLeaderShort", null, locale)));
    }
}
