package ai.scorecard.companies;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.editing.EntryPages;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.history.History;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /companies/new}, {@code /companies/{slug}/edit} and {@code /companies/{slug}/history}. */
@Controller
@RequestMapping("/companies")
class CompanyEditController extends EntryPages<Company, CompanyForm> {

    CompanyEditController(Catalog catalog, FormKeys formKeys, History history) {
        super(new Kind<>("/companies", "company", catalog::company, CompanyForm::of, request -> CompanyForm.blank(),
                model -> { }, company -> history.ofCompany(company.getId())), catalog, formKeys);
    }
}
