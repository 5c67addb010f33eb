package ai.scorecard.editing;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Entry;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.history.HistoryEntry;
import ai.scorecard.web.HistoryPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every entry of the catalog (a company, a product) has besides its own page, in one shape for
 * both: its history, the form that creates one and the form that changes it. The catalog's answer becomes
 * a redirect to the saved entry, the form again with the reasons (422), or the form over the entry as
 * someone else saved it meanwhile (409). A create counts once per form key however often it is sent.
 *
 * @param <T> the entry
 * @param <F> its form
 */
public abstract class EntryPages<T extends Entry, F extends RecordForm<T>> {

    /**
     * What tells the entries apart.
     *
     * @param path the list's address, such as {@code /companies}; the templates live in the folder of that name
     * @param name the entry's kind in message codes, such as {@code company}
     * @param find the entry with a slug, if any
     * @param formOf a form filled from an entry
     * @param blankForm a new entry's form, from the request that asked for it
     * @param choices what the form offers to choose from, put in the model
     * @param history the entry's revisions, newest first
     */
    public record Kind<T, F>(String path, String name, Function<String, Optional<T>> find,
            Function<T, F> formOf, Function<WebRequest, F> blankForm, Consumer<Model> choices,
            Function<T, List<HistoryEntry>> history) {
    }

    private final Kind<T, F> kind;
    private final Catalog catalog;
    private final FormKeys formKeys;

    protected EntryPages(Kind<T, F> kind, Catalog catalog, FormKeys formKeys) {
        this.kind = kind;
        this.catalog = catalog;
        this.formKeys = formKeys;
    }

    @GetMapping("/{slug}/history")
    public String history(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Locale locale,
            Model model) {
        T entry = find(slug);
        model.addAttribute("page", HistoryPage.of(entry.name(locale), kind.path(), kind.path().substring(1) + ".title",
                pathOf(entry), kind.history().apply(entry), page));
        return "history/show";
    }

    @GetMapping("/new")
    public String blank(WebRequest request, Model model) {
        F form = kind.blankForm().apply(request);
        return form(form, true, model);
    }

    @PostMapping
    public String create(@ModelAttribute("form") F form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        if (errors.hasErrors()) {
            return refused(form, errors, true, model, response);
        }
        Outcome<T> outcome;
        try {
            outcome = formKeys.save(form.getFormKey(), () -> catalog.create(form.toDraft()),
                    done -> done instanceof Outcome.Saved<T> saved ? Optional.of(pathOf(saved.record()))
                            : Optional.empty());
        } catch (DataIntegrityViolationException refused) {
            if (!isUniqueKey(refused)) {
                throw refused;
            }
            // The same submission saved a moment earlier (a double click), or another editor took the slug.
            first = formKeys.alreadySaved(form.getFormKey(), redirect);
            if (first.isPresent()) {
                return first.get();
            }
            outcome = new Outcome.SlugTaken<>();
        }
        return answer(outcome, form, errors, true, model, redirect, response);
    }

    @GetMapping("/{slug}/edit")
    public String edit(@PathVariable String slug, Model model) {
        return form(kind.formOf().apply(find(slug)), false, model);
    }

    @PostMapping("/{slug}")
    public String update(@PathVariable String slug, @ModelAttribute("form") F form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        T entry = find(slug);
        form.setSlug(slug);
        if (errors.hasErrors()) {
            return refused(form, errors, false, model, response);
        }
        Outcome<T> outcome;
        try {
            outcome = catalog.update(entry, form.getVersion(), form.toDraft());
        } catch (OptimisticLockingFailureException raced) {
            // The catalog's version check catches a stale form; the database's catches a save that raced
            // past it between the check and the commit.
            outcome = new Outcome.EditConflict<>(find(slug));
        }
        return answer(outcome, form, errors, false, model, redirect, response);
    }

    private String answer(Outcome<T> outcome, F form, BindingResult errors, boolean creating, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (outcome instanceof Outcome.Saved<T> saved) {
            redirect.addFlashAttribute("saved", "saved." + kind.name() + (creating ? ".created" : ".updated"));
            return "redirect:" + pathOf(saved.record());
        }
        if (outcome instanceof Outcome.EditConflict<T> conflict) {
            F theirs = kind.formOf().apply(conflict.current());
            model.addAttribute("differences", Difference.between(theirs, form, form.comparedFields()));
            form.setVersion(theirs.getVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, creating, model);
        }
        if (outcome instanceof Outcome.Invalid<T> invalid) {
            FieldErrors.add(invalid.problems(), errors);
        } else {
            errors.rejectValue("slug", "form.slug.taken");
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(form, creating, model);
    }

    /** A form the binder could not read whole: the catalog's reasons for the other fields join its own. */
    private String refused(F form, BindingResult errors, boolean creating, Model model,
            HttpServletResponse response) {
        FieldErrors.add(catalog.check(form.toDraft()), errors);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(form, creating, model);
    }

    private String form(F form, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kind", kind.name());
        model.addAttribute("listPath", kind.path());
        kind.choices().accept(model);
        return kind.path().substring(1) + "/form";
    }

    private T find(String slug) {
        return kind.find().apply(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String pathOf(T entry) {
        return kind.path() + "/" + entry.getSlug();
    }

    /**
     * Whether a unique key refused the write: then another editor took the slug a moment earlier. Any other
     * refusal (a check, a value out of the column's range) is not the slug's fault and is not reported as one.
     */
    private static boolean isUniqueKey(DataIntegrityViolationException refused) {
        if (refused instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable cause = refused.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getKind() == ConstraintKind.UNIQUE;
            }
        }
        return false;
    }
}
