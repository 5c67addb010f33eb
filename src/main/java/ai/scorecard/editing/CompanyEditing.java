package ai.scorecard.editing;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import ai.scorecard.company.CompanyChanged;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates and changes companies from validated forms; nothing is stored when a rule is broken. */
@Service
@RequiredArgsConstructor
class CompanyEditing {

    private final Companies companies;
    private final ApplicationEventPublisher events;
    private final FormKeys formKeys;

    /** @return the new company, or null when the form has errors (added to {@code errors}) */
    @Transactional
    public Company create(CompanyForm form, Errors errors) {
        if (!errors.hasFieldErrors("slug") && companies.findBySlug(form.getSlug()).isPresent()) {
            errors.rejectValue("slug", "form.slug.taken");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Company company = new Company(form.getSlug(), form.getNameEn().trim(), null, null, null);
        form.applyTo(company);
        try {
            Company saved = saved(companies.save(company));
            formKeys.remember(form.getFormKey(), "/companies/" + saved.getSlug());
            return saved;
        } catch (DataIntegrityViolationException refused) {
            throw Slugs.takenMeanwhile(refused, errors);
        }
    }

    /**
     * Applies the form to the company if nobody saved it since the editor opened the form.
     *
     * @throws EditConflict when the company changed meanwhile
     */
    @Transactional
    public Company update(Company company, CompanyForm form, Errors errors) {
        if (errors.hasErrors()) {
            return null;
        }
        if (!Objects.equals(form.getVersion(), company.getVersion())) {
            throw new EditConflict(CompanyForm.of(company));
        }
        form.applyTo(company);
        return saved(companies.save(company));
    }

    private Company saved(Company company) {
        events.publishEvent(new CompanyChanged(company.getSlug()));
        return company;
    }
}
