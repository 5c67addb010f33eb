package ai.scorecard.comparison;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import ai.scorecard.scoreboard.UnknownLens;
import ai.scorecard.scoreboard.UnknownVersion;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /compare}: two companies side by side. A request the page cannot answer (the same company
 * twice, an unknown company, lens or version) still gets the page, with the problem said next to a
 * form that fixes it.
 */
@Controller
@RequiredArgsConstructor
class ComparisonController {

    static final String DEFAULT_LEFT = "bytedance";
    static final String DEFAULT_RIGHT = "alibaba";
    static final String DEFAULT_LENS = "official";

    private final Companies companies;
    private final Comparisons comparisons;
    private final ComparisonCharts charts;

    @GetMapping("/compare")
    String compare(@RequestParam(defaultValue = DEFAULT_LEFT) String left,
            @RequestParam(defaultValue = DEFAULT_RIGHT) String right,
            @RequestParam(defaultValue = DEFAULT_LENS) String lens,
            @RequestParam(required = false) Integer version,
            Locale locale, Model model, HttpServletResponse response) {
        List<Company> all = companies.findAllByOrderByNameEnAsc();
        model.addAttribute("companies", all);
        model.addAttribute("request", new ComparisonRequest(left, right, lens, version));
        Optional<Company> leftCompany = find(all, left);
        Optional<Company> rightCompany = find(all, right);
        if (leftCompany.isEmpty() || rightCompany.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "compare.problem.unknownCompany",
                    leftCompany.isEmpty() ? left : right, model, response);
        }
        if (left.equals(right)) {
            return problem(HttpStatus.BAD_REQUEST, "compare.problem.sameCompany", leftCompany.get().name(locale),
                    model, response);
        }
        try {
            Comparison comparison = comparisons.compare(leftCompany.get(), rightCompany.get(), lens, version, locale);
            model.addAttribute("comparison", comparison);
            model.addAttribute("charts", charts.of(comparison, locale));
            model.addAttribute("lensCodes", comparison.lenses());
        } catch (UnknownLens e) {
            return problem(HttpStatus.BAD_REQUEST, "compare.problem.unknownLens", lens, model, response);
        } catch (UnknownVersion e) {
            return problem(HttpStatus.NOT_FOUND, "compare.problem.unknownVersion", String.valueOf(version), model,
                    response);
        }
        return "compare";
    }

    private static Optional<Company> find(List<Company> all, String slug) {
        return all.stream().filter(company -> company.getSlug().equals(slug)).findFirst();
    }

    private String problem(HttpStatus status, String message, String value, Model model,
            HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("lensCodes", comparisons.lensCodes());
        model.addAttribute("problem", message);
        model.addAttribute("problemValue", value);
        return "compare";
    }
}
