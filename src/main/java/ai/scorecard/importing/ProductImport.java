package ai.scorecard.importing;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Imports products in the columns of the seed's {@code products.csv}; a product's {@code company} is the
 * address name of a company the catalog holds already.
 */
@Service
class ProductImport extends CatalogImport<Product, ProductDraft> {

    static final List<String> COLUMNS = List.of("slug", "company", "name_en", "name_zh", "category", "stage",
            "launch_date", "weight", "monetization_at_launch", "growth_driver", "integration_depth", "summary",
            "summary_zh");

    private static final List<String> REQUIRED = COLUMNS.stream().filter(column -> !column.equals("summary_zh"))
            .toList();

    ProductImport(Catalog catalog) {
        super(catalog);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCTS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public Map<String, List<String>> values() {
        return Map.of("category", Cells.names(Category.values()), "stage", Cells.names(Stage.values()),
                "weight", Cells.names(Weight.values()), "monetization_at_launch",
                Cells.names(MonetizationAtLaunch.values()), "growth_driver", Cells.names(GrowthDriver.values()),
                "integration_depth", Cells.names(IntegrationDepth.values()));
    }

    @Override
    ProductDraft draft(Cells cells) {
        return new ProductDraft(cells.text("slug"), cells.text("company"), cells.text("name_en"),
                cells.optional("name_zh"), cells.listed("category", Category.class), cells.listed("stage", Stage.class),
                cells.date("launch_date"), cells.optional("summary"),
                cells.listed("monetization_at_launch", MonetizationAtLaunch.class),
                cells.listed("growth_driver", GrowthDriver.class),
                cells.listed("integration_depth", IntegrationDepth.class), cells.listed("weight", Weight.class),
                cells.optional("summary_zh"));
    }

    @Override
    Map<String, ProductDraft> stored() {
        return catalog.products().stream().map(ProductDraft::of)
                .collect(Collectors.toMap(ProductDraft::slug, Function.identity()));
    }

    @Override
    String name(ProductDraft draft) {
        return draft.nameEn();
    }
}
