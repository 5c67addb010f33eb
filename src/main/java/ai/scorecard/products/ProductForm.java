package ai.scorecard.products;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.editing.RecordForm;
import java.time.LocalDate;
import java.util.List;
import lombok.Data;
import org.springframework.beans.BeanUtils;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;

/**
 * A product as the form edits it; the catalog decides whether it is a valid product ({@link ProductDraft}).
 * The version is the one the editor started from.
 */
@Data
public class ProductForm implements RecordForm<Product> {

    private String formKey;

    private String slug;

    private String company;

    private String nameEn;

    private String nameZh;

    private Category category;

    private Stage stage;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate launchDate;

    private String summary;

    private String summaryZh;

    private MonetizationAtLaunch monetizationAtLaunch = MonetizationAtLaunch.UNKNOWN;

    private GrowthDriver growthDriver = GrowthDriver.UNKNOWN;

    private IntegrationDepth integrationDepth = IntegrationDepth.UNKNOWN;

    private Weight weight = Weight.MINOR;

    private Long version;

    static ProductForm of(Product product) {
        ProductForm form = new ProductForm();
        BeanUtils.copyProperties(product, form, "company");
        form.setCompany(product.getCompany().getSlug());
        return form;
    }

    /** A new product's form, under a company when the editor came from its page. */
    static ProductForm blank(String company) {
        ProductForm form = new ProductForm();
        form.setCompany(company);
        form.setFormKey(FormKeys.fresh());
        return form;
    }

    static void addChoices(Model model, List<Company> companies) {
        model.addAttribute("companies", companies);
        model.addAttribute("categories", Category.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("weights", Weight.values());
        model.addAttribute("monetizations", MonetizationAtLaunch.values());
        model.addAttribute("growthDrivers", GrowthDriver.values());
        model.addAttribute("integrationDepths", IntegrationDepth.values());
    }

    @Override
    public ProductDraft toDraft() {
        return new ProductDraft(slug, company, nameEn, nameZh, category, stage, launchDate, summary,
                monetizationAtLaunch, growthDriver, integrationDepth, weight, summaryZh);
    }

    @Override
    public List<String> comparedFields() {
        return List.of("company", "nameEn", "nameZh", "category", "stage", "launchDate", "weight",
                "monetizationAtLaunch", "growthDriver", "integrationDepth", "summary", "summaryZh");
    }
}
