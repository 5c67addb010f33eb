package ai.scorecard.methodology;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.checks.Bilingual;
import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoreboard.Scoreboard;

import ai.scorecard.scoring.Methodology;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators change weights and anchors, preview the effect on the ByteDance/Alibaba comparison,
 * and publish the change as the next methodology version with a note.
 */
@Controller
@RequiredArgsConstructor
class MethodologyDraftController {

    static final List<String> PREVIEWED = List.of("bytedance", "alibaba");

    private final Methodologies methodologies;
    private final Scoreboard scoreboard;
    private final Catalog catalog;
    private final Clock clock;

    @GetMapping("/methodology/drafts/new")
    String newDraft(Model model) {
        return form(MethodologyDraftForm.of(methodologies.current()), model);
    }

    @PostMapping("/methodology/drafts")
    String submit(@Valid @ModelAttribute("form") MethodologyDraftForm form, BindingResult errors,
            @RequestParam(defaultValue = "preview") String action, Principal publisher, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (Arrays.stream(errors.getSuppressedFields()).anyMatch(MethodologyDraftForm::isRow)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        PublishedMethodology current = methodologies.current();
        Methodology rules = null;
        form.check(current.rules(), errors);
        if (!errors.hasErrors()) {
            try {
                rules = form.toRules(current.rules(), current.version() + 1);
            } catch (IllegalArgumentException refused) {
                // The scoring rules explain in English only: the page says so in the reader's language and
                // shows the explanation apart, marked as English.
                errors.reject("methodology.draft.refused");
                model.addAttribute("refusedBecause", refused.getMessage());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, model);
        }
        if (!form.getBaseVersion().equals(current.version())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("publishedMeanwhile", current.version());
            form.setBaseVersion(current.version());
            return form(form, model);
        }
        if (action.equals("publish")) {
            try {
                PublishedMethodology published = methodologies.publish(rules,
                        new Bilingual(form.getNote().trim(), form.getNoteZh() == null ? null : form.getNoteZh().trim()),
                        LocalDate.now(clock),
                        publisher.getName());
                redirect.addFlashAttribute("saved", "saved.methodology.published");
                return "redirect:/methodology?version=" + published.version();
            } catch (DuplicateKeyException publishedAtTheSameMoment) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("publishedMeanwhile", methodologies.current().version());
                return form(form, model);
            }
        }
        List<Company> previewed = catalog.companies().stream()
                .filter(company -> PREVIEWED.contains(company.getSlug())).toList();
        model.addAttribute("before", scoreboard.of(previewed, null));
        model.addAttribute("after", scoreboard.preview(previewed,
                new PublishedMethodology(rules.version(), LocalDate.now(clock),
                new Bilingual(form.getNote(), form.getNoteZh()), rules)));
        return form(form, model);
    }

    @InitBinder("form")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields(MethodologyDraftForm.FIELDS);
    }

    private static String form(MethodologyDraftForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("dimensions", MethodologyDraftForm.WEIGHED);
        return "methodology/draft";
    }

}
