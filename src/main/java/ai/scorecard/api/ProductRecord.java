package ai.scorecard.api;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A product as the catalog holds it: the columns of the seed's {@code products.csv}. */
@Schema(description = "A product, in the columns of the seed's products.csv.")
public record ProductRecord(
        @Schema(description = "The product's key in every record and its address on the site, e.g. doubao.")
        String slug,
        @Schema(description = "The slug of the company that makes it.")
        String company,
        @JsonProperty("name_en") @Schema(description = Described.NAME_EN)
        String nameEn,
        @JsonProperty("name_zh") @Schema(description = Described.NAME_ZH)
        String nameZh,
        @Schema(description = "The category the comparison pairs products by.")
        Category category,
        @Schema(description = "How far it has come, in the order the execution rubric ranks stages.")
        Stage stage,
        @JsonProperty("launch_date") @Schema(description = "The day it launched (ISO 8601); null when unknown.")
        LocalDate launchDate,
        @Schema(description = "Its weight in its company's scores.")
        Weight weight,
        @JsonProperty("monetization_at_launch")
        @Schema(description = "Editors' trait: whether it had a paid path on the day it launched.")
        MonetizationAtLaunch monetizationAtLaunch,
        @JsonProperty("growth_driver") @Schema(description = "Editors' trait: what drives its growth.")
        GrowthDriver growthDriver,
        @JsonProperty("integration_depth")
        @Schema(description = "Editors' trait: how deeply it is built into its company's other products.")
        IntegrationDepth integrationDepth,
        @Schema(description = "What it is, in a few sentences, in English; null when none is written.")
        String summary,
        @JsonProperty("summary_zh") @Schema(description = "What it is, in Chinese; null when none is written.")
        String summaryZh) {

    /** The product of a company whose slug is known already (its company may not be loaded). */
    static ProductRecord of(Product product, String companySlug) {
        return new ProductRecord(product.getSlug(), companySlug, product.getNameEn(), product.getNameZh(),
                product.getCategory(), product.getStage(), product.getLaunchDate(), product.getWeight(),
                product.getMonetizationAtLaunch(), product.getGrowthDriver(), product.getIntegrationDepth(),
                product.getSummary(), product.getSummaryZh());
    }

    /** A product loaded with its company. */
    static ProductRecord of(Product product) {
        return of(product, product.getCompany().getSlug());
    }
}
