package ai.scorecard.editing;

import ai.scorecard.product.Category;
import ai.scorecard.product.GrowthDriver;
import ai.scorecard.product.IntegrationDepth;
import ai.scorecard.product.MonetizationAtLaunch;
import ai.scorecard.product.Product;
import ai.scorecard.product.Stage;
import ai.scorecard.product.Weight;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A product as the form edits it. The version is the one the editor started from. */
@Data
public class ProductForm {

    /** The one-time key of a form that creates or records (see {@link FormKeys}); optional. */
    private String formKey;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = Slugs.FORMAT, message = "{form.slug.format}")
    private String slug;

    @NotBlank
    private String company;

    @NotBlank
    @Size(max = 120)
    @PlainText
    private String nameEn;

    @Size(max = 120)
    @PlainText
    private String nameZh;

    @NotNull
    private Category category;

    @NotNull
    private Stage stage;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(future = false)
    private LocalDate launchDate;

    @Size(max = 2000)
    @PlainText(multiline = true)
    private String summary;

    @NotNull
    private MonetizationAtLaunch monetizationAtLaunch = MonetizationAtLaunch.UNKNOWN;

    @NotNull
    private GrowthDriver growthDriver = GrowthDriver.UNKNOWN;

    @NotNull
    private IntegrationDepth integrationDepth = IntegrationDepth.UNKNOWN;

    @NotNull
    private Weight weight = Weight.MINOR;

    private Long version;

    static ProductForm of(Product product) {
        ProductForm form = new ProductForm();
        form.setSlug(product.getSlug());
        form.setCompany(product.getCompany().getSlug());
        form.setNameEn(product.getNameEn());
        form.setNameZh(product.getNameZh());
        form.setCategory(product.getCategory());
        form.setStage(product.getStage());
        form.setLaunchDate(product.getLaunchDate());
        form.setSummary(product.getSummary());
        form.setMonetizationAtLaunch(product.getMonetizationAtLaunch());
        form.setGrowthDriver(product.getGrowthDriver());
        form.setIntegrationDepth(product.getIntegrationDepth());
        form.setWeight(product.getWeight());
        form.setVersion(product.getVersion());
        return form;
    }

    void applyTo(Product product) {
        product.setNameEn(nameEn.trim());
        product.setNameZh(Slugs.blankToNull(nameZh));
        product.setCategory(category);
        product.setStage(stage);
        product.setLaunchDate(launchDate);
        product.setSummary(Slugs.blankToNull(summary));
        product.setMonetizationAtLaunch(monetizationAtLaunch);
        product.setGrowthDriver(growthDriver);
        product.setIntegrationDepth(integrationDepth);
        product.setWeight(weight);
    }
}
