package ai.scorecard.scorehistory;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /companies/{slug}/score-history}: a company's score history on a page of its own, to link to, and to
 * time the history alone (bench/run.sh); {@code /compare/score-history}: two companies' on one chart, linked
 * from the comparison.
 */
@Controller
class ScoreHistoryController {

    private final Catalog catalog;
    private final ScoreHistoryPanels panels;

    ScoreHistoryController(Catalog catalog, ScoreHistoryPanels panels) {
        this.catalog = catalog;
        this.panels = panels;
    }

    @GetMapping("/companies/{slug}/score-history")
    String company(@PathVariable String slug, Locale locale, HttpServletRequest request, Model model) {
        Company company = catalog.company(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("company", company);
        model.addAttribute("scoreHistory", panels.company(company, request, locale));
        return "scorehistory/company";
    }

    /** Two companies' histories on one chart, under the comparison's lens (an unknown one scores no day). */
    @GetMapping("/compare/score-history")
    String pair(@RequestParam(defaultValue = "bytedance") String left, @RequestParam(defaultValue = "alibaba") String right,
            @RequestParam(defaultValue = "official") String lens, Locale locale, HttpServletRequest request,
            Model model) {
        Company leftCompany = catalog.company(left).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Company rightCompany = catalog.company(right).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (left.equals(right)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("left", leftCompany);
        model.addAttribute("right", rightCompany);
        model.addAttribute("lens", lens);
        model.addAttribute("scoreHistory", panels.comparison(leftCompany, rightCompany, lens, request, locale));
        return "scorehistory/pair";
    }
}
