package ai.scorecard.catalog;

import ai.scorecard.checks.PlainText;
import ai.scorecard.checks.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A product as an editor, an import row or the seed states it; the rules of a valid product are here,
 * and the catalog adds one: its company must exist.
 *
 * @param company the company's slug
 */
public record ProductDraft(
        @NotBlank @Size(max = 60) @Pattern(regexp = Slug.FORMAT, message = "{form.slug.format}") String slug,
        @NotBlank String company,
        @NotBlank @Size(max = 120) @PlainText String nameEn,
        @Size(max = 120) @PlainText String nameZh,
        @NotNull Category category,
        @NotNull Stage stage,
        @PlausibleDate(future = false) LocalDate launchDate,
        @Size(max = 2000) @PlainText(multiline = true) String summary,
        @NotNull MonetizationAtLaunch monetizationAtLaunch,
        @NotNull GrowthDriver growthDriver,
        @NotNull IntegrationDepth integrationDepth,
        @NotNull Weight weight,
        @Size(max = 2000) @PlainText(multiline = true) String summaryZh) implements Draft<Product> {

    /** Text as typed, without surrounding spaces; an optional field left blank is empty. */
    public ProductDraft {
        nameEn = Text.strip(nameEn);
        nameZh = Text.blankToNull(nameZh);
        summary = Text.blankToNull(summary);
        summaryZh = Text.blankToNull(summaryZh);
    }

    /** A product summed up in English only. */
    public ProductDraft(String slug, String company, String nameEn, String nameZh, Category category, Stage stage,
            LocalDate launchDate, String summary, MonetizationAtLaunch monetizationAtLaunch,
            GrowthDriver growthDriver, IntegrationDepth integrationDepth, Weight weight) {
        this(slug, company, nameEn, nameZh, category, stage, launchDate, summary, monetizationAtLaunch, growthDriver,
                integrationDepth, weight, null);
    }

    /** The product as it stands, as a draft to change. */
    public static ProductDraft of(Product product) {
        return new ProductDraft(product.getSlug(), product.getCompany().getSlug(), product.getNameEn(),
                product.getNameZh(), product.getCategory(), product.getStage(), product.getLaunchDate(),
                product.getSummary(), product.getMonetizationAtLaunch(), product.getGrowthDriver(),
                product.getIntegrationDepth(), product.getWeight(), product.getSummaryZh());
    }

    void applyTo(Product product, Company owner) {
        product.setCompany(owner);
        product.setNameEn(nameEn);
        product.setNameZh(nameZh);
        product.setCategory(category);
        product.setStage(stage);
        product.setLaunchDate(launchDate);
        product.setSummary(summary);
        product.setSummaryZh(summaryZh);
        product.setMonetizationAtLaunch(monetizationAtLaunch);
        product.setGrowthDriver(growthDriver);
        product.setIntegrationDepth(integrationDepth);
        product.setWeight(weight);
    }
}
