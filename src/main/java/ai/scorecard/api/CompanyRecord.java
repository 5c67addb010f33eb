package ai.scorecard.api;

import ai.scorecard.catalog.Company;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A company as the catalog holds it: the columns of the seed's {@code companies.csv}, and its product count. */
@Schema(description = "A company, in the columns of the seed's companies.csv.")
public record CompanyRecord(
        @Schema(description = "The company's key in every record and its address on the site, e.g. bytedance.")
        String slug,
        @JsonProperty("name_en") @Schema(description = Described.NAME_EN)
        String nameEn,
        @JsonProperty("name_zh") @Schema(description = Described.NAME_ZH)
        String nameZh,
        @Schema(description = "Where it is headquartered, in English; null when unknown.")
        String headquarters,
        @Schema(description = "What it is, in a few sentences, in English; null when none is written.")
        String summary,
        @JsonProperty("headquarters_zh")
        @Schema(description = "Where it is headquartered, in Chinese; null when not written.")
        String headquartersZh,
        @JsonProperty("summary_zh") @Schema(description = "What it is, in Chinese; null when none is written.")
        String summaryZh,
        @JsonProperty("product_count") @Schema(description = "How many products the catalog holds for it.")
        long productCount) {

    static CompanyRecord of(Company company, long productCount) {
        return new CompanyRecord(company.getSlug(), company.getNameEn(), company.getNameZh(),
                company.getHeadquarters(), company.getSummary(), company.getHeadquartersZh(), company.getSummaryZh(),
                productCount);
    }
}
