package ai.scorecard.comparison;

import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoreboard.UnknownLens;
import ai.scorecard.scoreboard.UnknownVersion;
import ai.scorecard.scoring.Lens;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Every company's standings under the lens and methodology version a reading page was asked for, put in its
 * model; or, when there is no such lens (400) or version (404), the reason, for the page to say it.
 */
@Component
@RequiredArgsConstructor
class RequestedStandings {

    private final Scoreboard scoreboard;

    Optional<Standings> of(String lens, Integer version, LocalDate asOf, Model model, HttpServletResponse response) {
        model.addAttribute("lensCode", lens);
        model.addAttribute("version", version);
        model.addAttribute("pastDay", scoreboard.pastDay(asOf).orElse(null));
        try {
            Standings standings = scoreboard.all(lens, version, asOf);
            model.addAttribute("standings", standings);
            model.addAttribute("lensCodes", standings.methodology().rules().lenses().stream().map(Lens::code).toList());
            return Optional.of(standings);
        } catch (UnknownLens e) {
            refuse(HttpStatus.BAD_REQUEST, "compare.problem.unknownLens", lens, model, response);
        } catch (UnknownVersion e) {
            refuse(HttpStatus.NOT_FOUND, "score.problem.unknownVersion", String.valueOf(version), model, response);
        }
        return Optional.empty();
    }

    private void refuse(HttpStatus status, String problem, String value, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("lensCodes", scoreboard.methodology().rules().lenses().stream().map(Lens::code).toList());
        model.addAttribute("problem", problem);
        model.addAttribute("problemValue", value);
    }
}
