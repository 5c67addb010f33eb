package ai.scorecard.comparison;

import ai.scorecard.catalog.Company;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Disputed;
import ai.scorecard.scoreboard.UnknownLens;
import ai.scorecard.scoreboard.UnknownVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /compare}: two companies side by side. A request the page cannot answer (the same company
 * twice, an unknown company, lens or version) still gets the page, with the problem said next to a
 * form that fixes it.
 *
 * <p>The comparison itself is drawn once for each state of what it shows and then kept, see {@link DrawnComparisons}.
 * It is joined from pieces kept apart: the frame every pair under a lens shares ({@link DrawnFrames}, from
 * {@code compare/content.html}) and each company's side ({@link DrawnSides}). The page around it (navigation, who is
 * signed in) is drawn for each reader.
 */
@Controller
@RequiredArgsConstructor
class ComparisonController {

    static final String DEFAULT_LEFT = "bytedance";
    static final String DEFAULT_RIGHT = "alibaba";
    static final String DEFAULT_LENS = "official";

    /** About how many characters a comparison is on the large dataset, so that its buffer is not copied to grow. */
    private static final int CONTENT_LENGTH = 160 * 1024;

    private final CompanyChoices choices;
    private final Comparisons comparisons;
    private final ComparisonCharts charts;
    private final DrawnComparisons drawn;
    private final DrawnFrames frames;
    private final DrawnSides sides;
    private final Verdicts verdicts;
    private final Scoreboard scoreboard;

    @GetMapping("/compare")
    String compare(@RequestParam(defaultValue = DEFAULT_LEFT) String left,
            @RequestParam(defaultValue = DEFAULT_RIGHT) String right,
            @RequestParam(defaultValue = DEFAULT_LENS) String lens,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Disputed disputed,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // Today or a later day is today: one comparison, one address in the kept comparisons.
        ComparisonRequest asked = new ComparisonRequest(left, right, lens, version,
                scoreboard.pastDay(asOf).orElse(null), disputed);
        DrawnComparisons.Key key = drawn.key(asked, locale);
        DrawnComparison comparison = drawn.get(key).orElse(null);
        if (comparison == null) {
            comparison = draw(asked, key, locale, request, response);
            if (comparison.status() == HttpStatus.OK) {
                drawn.keep(key, comparison);
            }
        }
        response.setStatus(comparison.status().value());
        model.addAttribute("drawn", comparison);
        model.addAttribute("pastDay", asked.asOf());
        if (comparison.status() == HttpStatus.OK) {
            // The two score histories on one chart have a page of their own: replaying both ledgers costs more
            // than drawing a fresh comparison, and most comparisons are never asked for their history.
            model.addAttribute("scoreHistoryLink", UriComponentsBuilder.fromPath("/compare/score-history")
                    .queryParam("left", left).queryParam("right", right).queryParam("lens", lens)
                    .encode().build().toUriString());
        }
        return "compare/page";
    }

    /**
     * The comparison's content: the frame every pair under its lens shares, filled with the two companies' kept
     * sides and what only the pair has (who leads, the charts); or the form with the problem said.
     */
    private DrawnComparison draw(ComparisonRequest asked, DrawnComparisons.Key key, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        CompanyChoices.Choices companies = choices.of(key, request, response);
        Optional<Company> leftCompany = companies.find(asked.left());
        Optional<Company> rightCompany = companies.find(asked.right());
        if (leftCompany.isEmpty() || rightCompany.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "compare.problem.unknownCompany",
                    leftCompany.isEmpty() ? asked.left() : asked.right(), asked, companies, locale, request, response);
        }
        if (asked.left().equals(asked.right())) {
            return problem(HttpStatus.BAD_REQUEST, "compare.problem.sameCompany", leftCompany.get().name(locale),
                    asked, companies, locale, request, response);
        }
        // The key has read the current methodology version: use it rather than read it again (a past day has the
        // version in force then).
        Integer methodology = asked.version() != null ? asked.version()
                : asked.asOf() == null ? Integer.valueOf(key.currentMethodology()) : null;
        Comparison compared;
        try {
            compared = comparisons.compare(leftCompany.get(), rightCompany.get(), asked.lens(), methodology,
                    asked.asOf(), asked.disputed(), locale);
        } catch (UnknownLens e) {
            return problem(HttpStatus.BAD_REQUEST, "compare.problem.unknownLens", asked.lens(), asked, companies,
                    locale, request, response);
        } catch (UnknownVersion e) {
            return problem(HttpStatus.NOT_FOUND, "compare.problem.unknownVersion", String.valueOf(asked.version()),
                    asked, companies, locale, request, response);
        }
        Sides drawnSides = sides.of(key, compared, Map.of("request", asked), locale, request, response);
        String reading = verdicts.of(compared, locale);
        Frame frame = frames.of(key, compared, locale, request, response);
        Pair pair = Pair.compared(asked, companies, compared, drawnSides, charts.drawn(compared, locale), reading,
                frame);
        return new DrawnComparison(HttpStatus.OK, compared.left().name(), compared.right().name(),
                frame.join(pair, CONTENT_LENGTH));
    }

    private DrawnComparison problem(HttpStatus status, String message, String value, ComparisonRequest asked,
            CompanyChoices.Choices companies, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Frame frame = frames.problem(asked, comparisons.lensCodes(), message, locale, request, response);
        return new DrawnComparison(status, null, null,
                frame.join(Pair.problem(asked, companies, value), 16 * 1024));
    }
}
