package ai.scorecard.editing;

import ai.scorecard.company.Companies;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.product.Products;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facts hang under the record they are about: {@code /products/{slug}/facts/…} and {@code /companies/{slug}/facts/…}. */
@Controller
@RequiredArgsConstructor
class FactEditController {

    private final Products products;
    private final Companies companies;
    private final FactEditing editing;
    private final FormKeys formKeys;

    @GetMapping("/{kind:products|companies}/{slug}/facts/new")
    String newFact(@PathVariable String kind, @PathVariable String slug, Model model) {
        FactForm form = new FactForm();
        form.setFormKey(FormKeys.fresh());
        return form(subject(kind, slug), form, null, model);
    }

    @PostMapping("/{kind:products|companies}/{slug}/facts")
    String record(@PathVariable String kind, @PathVariable String slug, @Valid @ModelAttribute("form") FactForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = subject(kind, slug);
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Fact fact;
        try {
            fact = editing.record(subject, form, errors);
        } catch (Refused refused) {
            return refused(form.getFormKey(), redirect, response).orElseGet(() -> form(subject, form, null, model));
        }
        if (fact == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(subject, form, null, model);
        }
        return saved(subject, fact, "saved.fact.recorded", redirect);
    }

    @GetMapping("/{kind:products|companies}/{slug}/facts/{id}/supersede")
    String newValue(@PathVariable String kind, @PathVariable String slug, @PathVariable long id, Model model) {
        Subject subject = subject(kind, slug);
        Fact older = current(subject, id);
        FactForm form = FactForm.superseding(older);
        form.setFormKey(FormKeys.fresh());
        return form(subject, form, older, model);
    }

    @PostMapping("/{kind:products|companies}/{slug}/facts/{id}/supersede")
    String supersede(@PathVariable String kind, @PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("form") FactForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = subject(kind, slug);
        // Before looking the older fact up: once the first submission saved, it is no longer current.
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Fact older = current(subject, id);
        Fact fact;
        try {
            fact = editing.supersede(subject, older, form, errors);
        } catch (Refused refused) {
            return refused(form.getFormKey(), redirect, response).orElseGet(() -> form(subject, form, older, model));
        }
        if (fact == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(subject, form, older, model);
        }
        return saved(subject, fact, "saved.fact.superseded", redirect);
    }

    @GetMapping("/{kind:products|companies}/{slug}/facts/{id}/retract")
    String retraction(@PathVariable String kind, @PathVariable String slug, @PathVariable long id, Model model) {
        Subject subject = subject(kind, slug);
        RetractionForm form = new RetractionForm();
        form.setFormKey(FormKeys.fresh());
        return retractionForm(subject, current(subject, id), form, model);
    }

    @PostMapping("/{kind:products|companies}/{slug}/facts/{id}/retract")
    String retract(@PathVariable String kind, @PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("form") RetractionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = subject(kind, slug);
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Fact fact = current(subject, id);
        if (!editing.retract(subject, fact, form, errors)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return retractionForm(subject, fact, form, model);
        }
        return saved(subject, fact, "saved.fact.retracted", redirect);
    }

    private static String retractionForm(Subject subject, Fact fact, RetractionForm form, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("fact", fact);
        model.addAttribute("form", form);
        return "editing/retract";
    }

    private Subject subject(String kind, String slug) {
        Optional<Subject> subject = kind.equals("products")
                ? products.findBySlug(slug).map(Subject.OfProduct::new)
                : companies.findBySlug(slug).map(Subject.OfCompany::new);
        return subject.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Fact current(Subject subject, long id) {
        return editing.current(subject, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String form(Subject subject, FactForm form, Fact superseding, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("form", form);
        model.addAttribute("superseding", superseding);
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("levelMetrics", Arrays.stream(Metric.values()).filter(Metric::isLevel).toList());
        model.addAttribute("qualifiers", Qualifier.values());
        model.addAttribute("provenances", Provenance.values());
        return "editing/fact";
    }

    /**
     * A write the database refused: the same submission saved a moment earlier (a double click), or
     * another editor's fact of the same metric; then the form is shown again with the reason, as 409.
     */
    private Optional<String> refused(String formKey, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<String> first = formKeys.alreadySaved(formKey, redirect);
        if (first.isEmpty()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return first;
    }

    private static String saved(Subject subject, Fact fact, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:" + subject.pathOf(fact);
    }

}
