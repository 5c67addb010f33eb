package ai.scorecard.editing;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.FactOutcome;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.fact.RankScope;
import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that state, supersede and retract the facts of one subject, under the subject's own address:
 * {@code /products/{slug}/facts/…} is served by the products' controller of facts, {@code /companies/{slug}/facts/…}
 * by the companies'. Each names its subject; the rest is the same for both. A fact is never edited in place.
 */
public abstract class FactPages {

    /** The value of the button "save and add another" (named {@code next}): a fresh form follows the save. */
    static final String ANOTHER = "another";

    /** The button that, without JavaScript, finds recorded sources and shows the form again, saving nothing. */
    static final String FIND = "find";

    /** The flash attribute that carries the saved form, its statement emptied, to the fresh form. */
    private static final String NEXT_FACT = "nextFact";

    /**
     * The currencies the form offers, for convenience only: which codes are valid is the ledger's rule, and a
     * currency the form already holds (an older fact's, or one just refused) is offered as well.
     */
    private static final List<String> CURRENCIES = List.of("CNY", "USD", "HKD", "EUR");

    private final FactLedger ledger;
    private final Citations citations;
    private final FormKeys formKeys;
    private final Function<String, Optional<Subject>> subjects;

    /** @param subjects the subject a slug in the path names, if any (404 otherwise) */
    protected FactPages(FactLedger ledger, Citations citations, FormKeys formKeys,
            Function<String, Optional<Subject>> subjects) {
        this.ledger = ledger;
        this.citations = citations;
        this.formKeys = formKeys;
        this.subjects = subjects;
    }

    @GetMapping("/new")
    public String newFact(@PathVariable String slug, Model model) {
        FactForm form = model.getAttribute(NEXT_FACT) instanceof FactForm next ? next : new FactForm();
        form.setFormKey(FormKeys.fresh());
        return form(found(slug), form, null, model);
    }

    @PostMapping
    public String record(@PathVariable String slug, @ModelAttribute("form") FactForm form, BindingResult errors,
            @RequestParam(required = false) String next, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Subject subject = found(slug);
        if (FIND.equals(next)) {
            return form(subject, form, null, model);
        }
        String answer = written(subject, form, null, errors, draft -> subject.record(ledger, draft),
                "saved.fact.recorded", model, redirect, response);
        // A redirect means the fact is saved, now or by this form key's first submission: either way the
        // editor who asked for another goes on from the same source. The kept values travel in the session's
        // flash, bound to this subject's address, never in the URL.
        if (ANOTHER.equals(next) && answer.startsWith("redirect:")) {
            form.clearStatement();
            // A new source is recorded now: the next fact picks it rather than describing it again.
            citations.recorded(form).ifPresent(form::cite);
            redirect.addFlashAttribute(NEXT_FACT, form);
            return "redirect:" + subject.path() + "/facts/new";
        }
        return answer;
    }

    /** The picker's options for the sources matching the text, as the editor types it (js/source-picker.js). */
    @GetMapping("/sources")
    public String sourceOptions(@PathVariable String slug, @RequestParam(defaultValue = "") String q, Model model) {
        found(slug);
        model.addAttribute("sources", citations.found(q.strip()));
        return "facts/form :: sourceOptions";
    }

    @GetMapping("/{id}/supersede")
    public String newValue(@PathVariable String slug, @PathVariable long id, Model model) {
        Subject subject = found(slug);
        Fact older = current(subject, id);
        FactForm form = FactForm.superseding(older);
        form.setFormKey(FormKeys.fresh());
        return form(subject, form, older, model);
    }

    @PostMapping("/{id}/supersede")
    public String supersede(@PathVariable String slug, @PathVariable long id,
            @ModelAttribute("form") FactForm form, BindingResult errors, @RequestParam(required = false) String next,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = found(slug);
        if (FIND.equals(next)) {
            Fact older = current(subject, id);
            form.setMetric(older.getMetric());
            return form(subject, form, older, model);
        }
        // Before looking the older fact up: once the first submission saved, it is no longer current.
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Fact older = current(subject, id);
        form.setMetric(older.getMetric());
        return written(subject, form, older, errors, draft -> ledger.supersede(older, draft),
                "saved.fact.superseded", model, redirect, response);
    }

    @GetMapping("/{id}/retract")
    public String retraction(@PathVariable String slug, @PathVariable long id, Model model) {
        Subject subject = found(slug);
        RetractionForm form = new RetractionForm();
        form.setFormKey(FormKeys.fresh());
        return retractionForm(subject, current(subject, id), form, model);
    }

    @PostMapping("/{id}/retract")
    public String retract(@PathVariable String slug, @PathVariable long id,
            @ModelAttribute("form") RetractionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = found(slug);
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Fact fact = current(subject, id);
        FactOutcome outcome = formKeys.save(form.getFormKey(), () -> ledger.retract(fact, form.getReason()),
                done -> ledTo(subject, done));
        if (outcome instanceof FactOutcome.Done) {
            redirect.addFlashAttribute("saved", "saved.fact.retracted");
            return "redirect:" + subject.pathOf(fact);
        }
        refuse(outcome, errors, response);
        return retractionForm(subject, fact, form, model);
    }

    /**
     * Records what the form states, once per form key, with the new source it describes if any. Every reason
     * to refuse the fact or its new source is shown at once, and neither is stored then; a write the database
     * refused (another editor's fact of the same metric at the same moment, or a lock waited on too long)
     * shows the form again as 409.
     */
    private String written(Subject subject, FactForm form, Fact superseding, BindingResult errors,
            Function<FactDraft, FactOutcome> write, String savedMessage, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Optional<Source> cited = citations.checked(form, errors);
        FieldErrors.add(ledger.check(form.toDraft(cited.orElse(null))), errors, FactForm::formField);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(subject, form, superseding, model);
        }
        FactOutcome outcome;
        try {
            outcome = formKeys.save(form.getFormKey(), () -> write.apply(form.toDraft(citations.stored(form))),
                    done -> ledTo(subject, done));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException meanwhile) {
            first = formKeys.alreadySaved(form.getFormKey(), redirect);
            if (first.isPresent()) {
                return first.get();
            }
            outcome = new FactOutcome.NoLongerCurrent(superseding);
        }
        if (outcome instanceof FactOutcome.Done done) {
            redirect.addFlashAttribute("saved", savedMessage);
            return "redirect:" + subject.pathOf(done.fact());
        }
        refuse(outcome, errors, response);
        return form(subject, form, superseding, model);
    }

    private static void refuse(FactOutcome outcome, BindingResult errors, HttpServletResponse response) {
        if (outcome instanceof FactOutcome.InvalidFact invalid) {
            FieldErrors.add(invalid.problems(), errors, FactForm::formField);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            errors.reject("fact.recordedMeanwhile");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
    }

    private static Optional<String> ledTo(Subject subject, FactOutcome outcome) {
        return outcome instanceof FactOutcome.Done done ? Optional.of(subject.pathOf(done.fact())) : Optional.empty();
    }

    private Subject found(String slug) {
        return subjects.apply(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Fact current(Subject subject, long id) {
        return ledger.current(id).filter(subject::owns)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String retractionForm(Subject subject, Fact fact, RetractionForm form, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("fact", fact);
        model.addAttribute("form", form);
        return "facts/retract";
    }

    /** The usual currencies, and the form's own when it is another, so that it is shown as it stands. */
    private static List<String> currencies(String current) {
        if (current == null || current.isBlank() || CURRENCIES.contains(current)) {
            return CURRENCIES;
        }
        return Stream.concat(CURRENCIES.stream(), Stream.of(current)).toList();
    }

    private String form(Subject subject, FactForm form, Fact superseding, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("sources", citations.offered(form));
        model.addAttribute("languages", Language.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("form", form);
        model.addAttribute("superseding", superseding);
        // A newer value keeps its metric: the form shows it, fixed, and fits the fields to it all the same.
        List<Metric> metrics = superseding == null ? List.of(Metric.values()) : List.of(superseding.getMetric());
        model.addAttribute("metrics", metrics);
        model.addAttribute("currencies", currencies(form.getCurrency()));
        // Only these have a name in the bundles; any other is shown as typed (and refused), never looked up.
        model.addAttribute("knownCurrencies", CURRENCIES);
        model.addAttribute("levelMetrics", metrics.stream().filter(Metric::isLevel).toList());
        model.addAttribute("qualifiers", Qualifier.values());
        model.addAttribute("rankScopes", RankScope.values());
        model.addAttribute("provenances", Provenance.values());
        return "facts/form";
    }
}
