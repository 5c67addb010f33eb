package ai.scorecard.comparison;

import ai.scorecard.scoring.Lens;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /styles}: every company placed between the two playbooks. */
@Controller
@RequiredArgsConstructor
class StylesController {

    private final RequestedStandings requested;
    private final ComparisonCharts charts;

    @GetMapping("/styles")
    String styles(@RequestParam(defaultValue = Lens.OFFICIAL) String lens,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf, Locale locale, Model model,
            HttpServletResponse response) {
        requested.of(lens, version, asOf, model, response).ifPresent(standings -> {
            model.addAttribute("map", charts.map(standings, locale));
            model.addAttribute("unplaced", standings.scoredCompanies().stream()
                    .filter(entry -> entry.score().overall().isEmpty()).map(entry -> entry.company()).toList());
        });
        return "styles";
    }
}
