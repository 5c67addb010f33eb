package ai.scorecard.scorehistory;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.chart.ScoreLines;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The score-history panel of a company page, a product page and the comparison: which history, under which
 * methodology (the request's {@value ScoreHistoryPanel#PARAMETER}), drawn for the reader's language.
 */
@Component
public class ScoreHistoryPanels {

    private final ScoreHistories histories;

    ScoreHistoryPanels(ScoreHistories histories) {
        this.histories = histories;
    }

    public ScoreHistoryPanel company(Company company, HttpServletRequest request, Locale locale) {
        boolean then = rulesThen(request);
        ScoreTimeline timeline = histories.of(List.of(company), null, then);
        return panel(timeline.points(), List.of(company.name(locale)),
                point -> List.of(score(point.companies().get(company.getSlug()))), then, request, locale);
    }

    public ScoreHistoryPanel product(Product product, HttpServletRequest request, Locale locale) {
        boolean then = rulesThen(request);
        ScoreTimeline timeline = histories.of(List.of(product.getCompany()), null, then);
        return panel(timeline.ofProduct(product.getSlug()), List.of(product.name(locale)),
                point -> List.of(score(point.products().get(product.getSlug()))), then, request, locale);
    }

    /** Both companies on one chart, on the days of either's history, under the comparison's lens. */
    public ScoreHistoryPanel comparison(Company left, Company right, String lensCode, HttpServletRequest request,
            Locale locale) {
        boolean then = rulesThen(request);
        ScoreTimeline timeline = histories.of(List.of(left, right), lensCode, then);
        return panel(timeline.points(), List.of(left.name(locale), right.name(locale)),
                point -> List.of(score(point.companies().get(left.getSlug())),
                        score(point.companies().get(right.getSlug()))), then, request, locale);
    }

    private static ScoreHistoryPanel panel(List<ScoreTimeline.Point> points, List<String> names,
            Function<ScoreTimeline.Point, List<OptionalDouble>> scores, boolean then, HttpServletRequest request,
            Locale locale) {
        String toggle = toggle(request, !then);
        if (points.isEmpty()) {
            return new ScoreHistoryPanel(null, then, toggle);
        }
        List<ScoreLines.Day> days = points.stream().map(point -> new ScoreLines.Day(point.day(), point.monthEnd(),
                point.change(), point.version(), scores.apply(point))).toList();
        return new ScoreHistoryPanel(ScoreLines.of(names, days, then, locale), then, toggle);
    }

    private static OptionalDouble score(OptionalDouble score) {
        return score == null ? OptionalDouble.empty() : score;
    }

    private static boolean rulesThen(HttpServletRequest request) {
        return ScoreHistoryPanel.THEN.equals(request.getParameter(ScoreHistoryPanel.PARAMETER));
    }

    /** This page with the history under the other methodology, keeping every other parameter. */
    private static String toggle(HttpServletRequest request, boolean then) {
        UriComponentsBuilder here = UriComponentsBuilder.fromPath(request.getRequestURI());
        try {
            // The query string arrives already encoded; build(true) keeps it as it is.
            here.query(request.getQueryString()).replaceQueryParam(ScoreHistoryPanel.PARAMETER,
                    then ? List.of(ScoreHistoryPanel.THEN) : List.of());
            return here.fragment("score-history").build(true).toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                    .queryParamIfPresent(ScoreHistoryPanel.PARAMETER,
                            Optional.ofNullable(then ? ScoreHistoryPanel.THEN : null))
                    .fragment("score-history").build().encode().toUriString();
        }
    }
}
