package ai.scorecard.products;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Product;
import ai.scorecard.editing.EntryPages;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.history.History;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /products/new} (with {@code ?company=} to start under a company), {@code /products/{slug}/edit}
 * and {@code /products/{slug}/history}.
 */
@Controller
@RequestMapping("/products")
class ProductEditController extends EntryPages<Product, ProductForm> {

    ProductEditController(Catalog catalog, FormKeys formKeys, History history) {
        super(new Kind<>("/products", "product", catalog::product, ProductForm::of,
                request -> ProductForm.blank(request.getParameter("company")),
                model -> ProductForm.addChoices(model, catalog.companies()),
                product -> history.ofProduct(product.getId())), catalog, formKeys);
    }
}
