package ai.scorecard.comparison;

import ai.scorecard.product.Category;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoreboard.UnknownLens;
import ai.scorecard.scoreboard.UnknownVersion;
import ai.scorecard.scoring.Lens;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /styles} places every company between the two playbooks; {@code /rankings} ranks products. */
@Controller
@RequiredArgsConstructor
class MapController {

    /** Enough to see a category's field at once; the whole large dataset would be 10,000 rows. */
    static final int ROWS_PER_PAGE = 50;

    private final Scoreboard scoreboard;
    private final ComparisonCharts charts;

    @GetMapping("/styles")
    String styles(@RequestParam(defaultValue = Lens.OFFICIAL) String lens,
            @RequestParam(required = false) Integer version, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("lensCode", lens);
        model.addAttribute("version", version);
        try {
            Standings standings = scoreboard.all(lens, version);
            model.addAttribute("standings", standings);
            model.addAttribute("lensCodes", standings.methodology().rules().lenses().stream().map(Lens::code).toList());
            model.addAttribute("map", charts.map(standings, locale));
            model.addAttribute("unplaced", standings.scoredCompanies().stream()
                    .filter(entry -> entry.score().overall().isEmpty()).map(entry -> entry.company()).toList());
        } catch (UnknownLens e) {
            return unknownLens(lens, "styles", model, response);
        } catch (UnknownVersion e) {
            return unknownVersion(version, "styles", model, response);
        }
        return "styles";
    }

    @GetMapping("/rankings")
    String rankings(@RequestParam(required = false) Category category,
            @RequestParam(defaultValue = Lens.OFFICIAL) String lens, @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("category", category);
        model.addAttribute("categories", Category.values());
        model.addAttribute("lensCode", lens);
        model.addAttribute("version", version);
        try {
            Standings standings = scoreboard.all(lens, version);
            model.addAttribute("standings", standings);
            model.addAttribute("lensCodes", standings.methodology().rules().lenses().stream().map(Lens::code).toList());
            Ranking ranking = Ranking.of(standings, category, locale);
            model.addAttribute("ranking", ranking.page(page, ROWS_PER_PAGE));
            model.addAttribute("pageLinks", new RankingLinks(category, lens, version));
        } catch (UnknownLens e) {
            return unknownLens(lens, "rankings", model, response);
        } catch (UnknownVersion e) {
            return unknownVersion(version, "rankings", model, response);
        } catch (IllegalArgumentException noSuchPage) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "rankings.problem.page");
            model.addAttribute("problemValue", String.valueOf(page));
        }
        return "rankings";
    }

    private String unknownVersion(Integer version, String view, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("lensCodes", scoreboard.methodology().rules().lenses().stream().map(Lens::code).toList());
        model.addAttribute("problem", "score.problem.unknownVersion");
        model.addAttribute("problemValue", String.valueOf(version));
        return view;
    }

    private String unknownLens(String lens, String view, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("lensCodes", scoreboard.methodology().rules().lenses().stream().map(Lens::code).toList());
        model.addAttribute("problem", "compare.problem.unknownLens");
        model.addAttribute("problemValue", lens);
        return view;
    }
}
