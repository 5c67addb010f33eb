package ai.scorecard.methodology;

import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
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

    /** The current version, or an older one: versions stay readable after a newer one is published. */
    @GetMapping("/methodology")
    String show(@RequestParam(required = false) Integer version, Model model) {
        PublishedMethodology shown = version == null ? methodologies.current()
                : methodologies.version(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("methodology", shown);
        model.addAttribute("page", MethodologyPage.of(shown.rules()));
        model.addAttribute("versions", methodologies.versions());
        model.addAttribute("current", methodologies.current().version());
        return "methodology/page";
    }
}
