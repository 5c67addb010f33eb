package ai.scorecard.sources;

import ai.scorecard.editing.FieldErrors;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.SourceRetraction;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Source;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sources/{id}/retract}: an editor withdraws every current fact of a discredited source in one step. The
 * preview lists the facts and how each company's score would move, computed as the source page computes it; the
 * retraction takes exactly those facts, or none when they changed meanwhile, and counts once per form key.
 */
@Controller
@RequiredArgsConstructor
class SourceRetractionController {

    private final Bibliography bibliography;
    private final FactLedger ledger;
    private final ScoreMoves moves;
    private final FormKeys formKeys;

    @GetMapping("/sources/{id}/retract")
    String preview(@PathVariable long id, Model model) {
        SourceRetractionForm form = new SourceRetractionForm();
        form.setFormKey(FormKeys.fresh());
        return preview(SourcePages.find(bibliography, id), form, model);
    }

    @PostMapping("/sources/{id}/retract")
    String retract(@PathVariable long id, @ModelAttribute("form") SourceRetractionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Source source = SourcePages.find(bibliography, id);
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Optional<List<Long>> shown = form.shown();
        SourceRetraction outcome = shown.isEmpty() ? new SourceRetraction.Changed(List.of())
                : formKeys.save(form.getFormKey(), () -> ledger.retractCiting(source, form.getReason(), shown.get()),
                        done -> done instanceof SourceRetraction.Retracted ? Optional.of(SourcePages.pathOf(source))
                                : Optional.empty());
        if (outcome instanceof SourceRetraction.Retracted) {
            redirect.addFlashAttribute("saved", "saved.source.retracted");
            return "redirect:" + SourcePages.pathOf(source);
        }
        if (outcome instanceof SourceRetraction.Refused refused) {
            FieldErrors.add(refused.problems(), errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            // Nothing to retract any more, or other facts than those shown: the preview as it stands now.
            errors.reject(outcome instanceof SourceRetraction.NothingToRetract ? "source.retract.nothingLeft"
                    : "source.retract.changed");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return preview(source, form, model);
    }

    private String preview(Source source, SourceRetractionForm form, Model model) {
        CitingFacts current = CitingFacts.of(ledger.citing(source)).onlyCurrent();
        form.show(current.currentIds());
        model.addAttribute("source", source);
        model.addAttribute("citing", current);
        model.addAttribute("moves", moves.of(current));
        model.addAttribute("form", form);
        return "sources/retract";
    }
}
