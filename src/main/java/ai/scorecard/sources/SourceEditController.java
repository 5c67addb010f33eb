package ai.scorecard.sources;

import ai.scorecard.editing.Difference;
import ai.scorecard.editing.FieldErrors;
import ai.scorecard.history.History;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceKind;
import ai.scorecard.source.SourceOutcome;
import ai.scorecard.web.HistoryPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sources/{id}/edit} and {@code /sources/{id}/history}: correcting a source, which every fact citing it
 * shows at once, and who corrected it when. The bibliography's answer becomes a redirect to the source, the form
 * again with the reasons (422), or the form over the source as someone else saved it meanwhile (409).
 */
@Controller
@RequiredArgsConstructor
class SourceEditController {

    private final Bibliography bibliography;
    private final History history;

    @GetMapping("/sources/{id}/history")
    String history(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Source source = SourcePages.find(bibliography, id);
        model.addAttribute("page", HistoryPage.of(source.titleText().text(locale), "/sources", "sources.title",
                SourcePages.pathOf(source), history.ofSource(id), page));
        return "history/show";
    }

    @GetMapping("/sources/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Source source = SourcePages.find(bibliography, id);
        return form(source, SourceForm.of(source), model);
    }

    @PostMapping("/sources/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") SourceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Source source = SourcePages.find(bibliography, id);
        if (errors.hasErrors()) {
            // A field the binder could not read (a date that is not one): the other fields' reasons join it.
            FieldErrors.add(bibliography.check(form.toDraft()), errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(source, form, model);
        }
        SourceOutcome outcome;
        try {
            outcome = bibliography.update(source, form.getVersion(), form.toDraft());
        } catch (OptimisticLockingFailureException raced) {
            // Saved by someone else between the bibliography's version check and the commit.
            outcome = new SourceOutcome.EditConflict(SourcePages.find(bibliography, id));
        }
        if (outcome instanceof SourceOutcome.Saved saved) {
            redirect.addFlashAttribute("saved", "saved.source.updated");
            return "redirect:" + SourcePages.pathOf(saved.source());
        }
        if (outcome instanceof SourceOutcome.EditConflict conflict) {
            SourceForm theirs = SourceForm.of(conflict.current());
            model.addAttribute("differences", Difference.between(theirs, form, SourceForm.COMPARED));
            form.setVersion(theirs.getVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(conflict.current(), form, model);
        }
        if (outcome instanceof SourceOutcome.Invalid invalid) {
            FieldErrors.add(invalid.problems(), errors);
        } else if (outcome instanceof SourceOutcome.AlreadyThere there) {
            errors.rejectValue("title", "source.duplicate");
            model.addAttribute("duplicate", there.existing());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(source, form, model);
    }

    private static String form(Source source, SourceForm form, Model model) {
        model.addAttribute("source", source);
        model.addAttribute("form", form);
        model.addAttribute("languages", Language.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        return "sources/form";
    }
}
