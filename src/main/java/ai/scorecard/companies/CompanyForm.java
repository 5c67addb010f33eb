package ai.scorecard.companies;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.editing.RecordForm;
import java.util.List;
import lombok.Data;
import org.springframework.beans.BeanUtils;

/**
 * A company as the form edits it; the catalog decides whether it is a valid company ({@link CompanyDraft}).
 * The version is the one the editor started from.
 */
@Data
public class CompanyForm implements RecordForm<Company> {

    private String formKey;

    private String slug;

    private String nameEn;

    private String nameZh;

    private String headquarters;

    private String summary;

    private String headquartersZh;

    private String summaryZh;

    private Long version;

    static CompanyForm of(Company company) {
        CompanyForm form = new CompanyForm();
        BeanUtils.copyProperties(company, form);
        return form;
    }

    static CompanyForm blank() {
        CompanyForm form = new CompanyForm();
        form.setFormKey(FormKeys.fresh());
        return form;
    }

    @Override
    public CompanyDraft toDraft() {
        return new CompanyDraft(slug, nameEn, nameZh, headquarters, summary, headquartersZh, summaryZh);
    }

    @Override
    public List<String> comparedFields() {
        return List.of("nameEn", "nameZh", "headquarters", "headquartersZh", "summary", "summaryZh");
    }
}
