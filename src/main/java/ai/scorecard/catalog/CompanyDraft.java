package ai.scorecard.catalog;

import ai.scorecard.checks.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company as an editor, an import row or the seed states it; the rules of a valid company are here. */
public record CompanyDraft(
        @NotBlank @Size(max = 60) @Pattern(regexp = Slug.FORMAT, message = "{form.slug.format}") String slug,
        @NotBlank @Size(max = 120) @PlainText String nameEn,
        @Size(max = 120) @PlainText String nameZh,
        @Size(max = 120) @PlainText String headquarters,
        @Size(max = 2000) @PlainText(multiline = true) String summary,
        @Size(max = 120) @PlainText String headquartersZh,
        @Size(max = 2000) @PlainText(multiline = true) String summaryZh) implements Draft<Company> {

    /** Text as typed, without surrounding spaces; an optional field left blank is empty. */
    public CompanyDraft {
        nameEn = Text.strip(nameEn);
        nameZh = Text.blankToNull(nameZh);
        headquarters = Text.blankToNull(headquarters);
        summary = Text.blankToNull(summary);
        headquartersZh = Text.blankToNull(headquartersZh);
        summaryZh = Text.blankToNull(summaryZh);
    }

    /** A company described in English only. */
    public CompanyDraft(String slug, String nameEn, String nameZh, String headquarters, String summary) {
        this(slug, nameEn, nameZh, headquarters, summary, null, null);
    }

    void applyTo(Company company) {
        company.setNameEn(nameEn);
        company.setNameZh(nameZh);
        company.setHeadquarters(headquarters);
        company.setSummary(summary);
        company.setHeadquartersZh(headquartersZh);
        company.setSummaryZh(summaryZh);
    }
}
