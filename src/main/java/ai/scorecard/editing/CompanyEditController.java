package ai.scorecard.editing;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class CompanyEditController {

    static final List<String> FIELDS = List.of("nameEn", "nameZh", "headquarters", "summary");

    private final Companies companies;
    private final CompanyEditing editing;
    private final FormKeys formKeys;

    @GetMapping("/companies/new")
    String newCompany(Model model) {
        CompanyForm form = new CompanyForm();
        form.setFormKey(FormKeys.fresh());
        return form(form, true, model);
    }

    @PostMapping("/companies")
    String create(@Valid @ModelAttribute("form") CompanyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        try {
            Company company = editing.create(form, errors);
            if (company != null) {
                return saved(company, "saved.company.created", redirect);
            }
        } catch (Refused refused) {
            // The same submission saved a moment earlier (a double click), or the reason is in the form's errors.
            first = formKeys.alreadySaved(form.getFormKey(), redirect);
            if (first.isPresent()) {
                return first.get();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(form, true, model);
    }

    @GetMapping("/companies/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return form(CompanyForm.of(find(slug)), false, model);
    }

    @PostMapping("/companies/{slug}")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") CompanyForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Company company = find(slug);
        form.setSlug(slug);
        try {
            if (editing.update(company, form, errors) != null) {
                return saved(company, "saved.company.updated", redirect);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (EditConflict | OptimisticLockingFailureException conflict) {
            // The check above catches a stale form; the database's version check catches a save that
            // raced past it between the check and the commit.
            CompanyForm theirs = CompanyForm.of(find(slug));
            model.addAttribute("differences", Difference.between(theirs, form, FIELDS));
            form.setVersion(theirs.getVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return form(form, false, model);
    }

    private Company find(String slug) {
        return companies.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String form(CompanyForm form, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "editing/company";
    }

    private static String saved(Company company, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", message);
        redirect.addAttribute("slug", company.getSlug());
        return "redirect:/companies/{slug}";
    }
}
