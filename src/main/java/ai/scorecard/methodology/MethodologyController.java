package ai.scorecard.methodology;

import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoreboard.Scoreboard;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequiredArgsConstructor
class MethodologyController {

    private final Methodologies methodologies;
    private final Scoreboard scoreboard;

    /** The current version, or an older one: versions stay readable after a newer one is published. */
    @GetMapping("/methodology")
    String show(@RequestParam(required = false) Integer version, Model model) {
        PublishedMethodology shown = version == null ? methodologies.current() : published(version);
        model.addAttribute("methodology", shown);
        model.addAttribute("page", MethodologyPage.of(shown.rules()));
        model.addAttribute("versions", methodologies.versions());
        model.addAttribute("current", methodologies.current().version());
        return "methodology/page";
    }

    /**
     * Each weight and rule that differs between two published versions, and what the change did to every
     * company's official score and rank, both scored from today's facts.
     */
    @GetMapping("/methodology/diff")
    String diff(@RequestParam int from, @RequestParam int to, Model model) {
        PublishedMethodology before = published(from);
        PublishedMethodology after = published(to);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("diff", MethodologyDiff.between(before.rules(), after.rules()));
        model.addAttribute("shifts", ScoreShift.between(scoreboard.all(null, from), scoreboard.all(null, to)));
        model.addAttribute("versions", methodologies.versions());
        return "methodology/diff";
    }

    private PublishedMethodology published(int version) {
        return methodologies.version(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
