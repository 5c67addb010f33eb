package ai.scorecard.editing;

import ai.scorecard.company.Company;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A company as the form edits it. The version is the one the editor started from. */
@Data
public class CompanyForm {

    /** The one-time key of a form that creates or records (see {@link FormKeys}); optional. */
    private String formKey;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = Slugs.FORMAT, message = "{form.slug.format}")
    private String slug;

    @NotBlank
    @Size(max = 120)
    @PlainText
    private String nameEn;

    @Size(max = 120)
    @PlainText
    private String nameZh;

    @Size(max = 120)
    @PlainText
    private String headquarters;

    @Size(max = 2000)
    @PlainText(multiline = true)
    private String summary;

    private Long version;

    static CompanyForm of(Company company) {
        CompanyForm form = new CompanyForm();
        form.setSlug(company.getSlug());
        form.setNameEn(company.getNameEn());
        form.setNameZh(company.getNameZh());
        form.setHeadquarters(company.getHeadquarters());
        form.setSummary(company.getSummary());
        form.setVersion(company.getVersion());
        return form;
    }

    void applyTo(Company company) {
        company.setNameEn(nameEn.trim());
        company.setNameZh(Slugs.blankToNull(nameZh));
        company.setHeadquarters(Slugs.blankToNull(headquarters));
        company.setSummary(Slugs.blankToNull(summary));
    }
}
