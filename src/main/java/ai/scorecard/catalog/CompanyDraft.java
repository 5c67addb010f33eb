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
        @Size(max = 2000) @PlainText(multiline = true) String summary) implements Draft<Company> {

    /** Text as typed, without surrounding spaces; an optional field left blank is empty. */
    public CompanyDraft {
        nameEn = Text.strip(nameEn);
        nameZh = Text.blankToNull(nameZh);
        headquarters = Text.blankToNull(headquarters);
        summary = Text.blankToNull(summary);
    }

    void applyTo(Company company) {
        company.setNameEn(nameEn);
        company.setNameZh(nameZh);
        company.setHeadquarters(headquarters);
        company.setSummary(summary);
    }
}
