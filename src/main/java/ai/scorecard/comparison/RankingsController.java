package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Company;
import ai.scorecard.scoreboard.Disputed;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.Lens;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /rankings}: products ranked, by category if asked, a page at a time. */
@Controller
@RequiredArgsConstructor
class RankingsController {

    /** Enough to see a category's field at once; the whole large dataset would be 10,000 rows. */
    static final int ROWS_PER_PAGE = 50;

    private final RequestedStandings requested;

    @GetMapping("/rankings")
    String rankings(@RequestParam(required = false) Category category,
            @RequestParam(defaultValue = Lens.OFFICIAL) String lens, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Disputed disputed, @RequestParam(required = false) String company,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("category", category);
        model.addAttribute("categories", Category.values());
        Optional<Standings> standings = requested.of(lens, version, asOf, disputed, model, response);
        if (standings.isEmpty()) {
            return "rankings";
        }
        String slug = company == null || company.isBlank() ? null : company;
        Optional<Company> owner = standings.get().companyRecords().stream()
                .filter(record -> record.getSlug().equals(slug)).findFirst();
        if (slug != null && owner.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "rankings.problem.company");
            model.addAttribute("problemValue", slug);
            return "rankings";
        }
        model.addAttribute("company", owner.orElse(null));
        try {
            model.addAttribute("ranking", Ranking.of(standings.get(), category, slug, locale).page(page, ROWS_PER_PAGE));
            model.addAttribute("pageLinks", new RankingLinks(category, slug, lens, version,
                    (LocalDate) model.getAttribute("pastDay"), Disputed.orInclude(disputed)));
        } catch (IllegalArgumentException noSuchPage) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "rankings.problem.page");
            model.addAttribute("problemValue", String.valueOf(page));
        }
        return "rankings";
    }
}
