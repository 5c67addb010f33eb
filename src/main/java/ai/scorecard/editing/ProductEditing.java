package ai.scorecard.editing;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.product.Product;
import ai.scorecard.product.ProductChanged;
import ai.scorecard.product.Products;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates, changes and deletes products from validated forms; nothing is stored when a rule is broken. */
@Service
@RequiredArgsConstructor
class ProductEditing {

    private final Products products;
    private final Companies companies;
    private final FactLedger ledger;
    private final ApplicationEventPublisher events;
    private final FormKeys formKeys;

    @Transactional
    public Product create(ProductForm form, Errors errors) {
        Optional<Company> company = check(form, errors);
        if (!errors.hasFieldErrors("slug") && products.findBySlug(form.getSlug()).isPresent()) {
            errors.rejectValue("slug", "form.slug.taken");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Product product = new Product(form.getSlug(), company.orElseThrow(), form.getNameEn().trim(), null,
                form.getCategory(), form.getStage());
        form.applyTo(product);
        try {
            Product saved = saved(products.save(product));
            formKeys.remember(form.getFormKey(), "/products/" + saved.getSlug());
            return saved;
        } catch (DataIntegrityViolationException refused) {
            throw Slugs.takenMeanwhile(refused, errors);
        }
    }

    /** @throws EditConflict when the product changed since the editor opened the form */
    @Transactional
    public Product update(Product product, ProductForm form, Errors errors) {
        Optional<Company> company = check(form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        if (!Objects.equals(form.getVersion(), product.getVersion())) {
            throw new EditConflict(ProductForm.of(product));
        }
        form.applyTo(product);
        product.setCompany(company.orElseThrow());
        return saved(products.save(product));
    }

    /**
     * Deletes a product. While facts depend on it, it goes only when the editor said its facts go too.
     *
     * @return false when facts depend on the product and the editor did not agree to delete them
     */
    @Transactional
    public boolean delete(Product product, boolean withFacts) {
        if (!ledger.ledgerOf(product).isEmpty()) {
            if (!withFacts) {
                return false;
            }
            ledger.deleteAllAbout(product);
        }
        products.delete(product);
        events.publishEvent(new ProductChanged(product.getSlug()));
        return true;
    }

    private Product saved(Product product) {
        events.publishEvent(new ProductChanged(product.getSlug()));
        return product;
    }

    private Optional<Company> check(ProductForm form, Errors errors) {
        Optional<Company> company = form.getCompany() == null ? Optional.empty()
                : companies.findBySlug(form.getCompany());
        if (!errors.hasFieldErrors("company") && company.isEmpty()) {
            errors.rejectValue("company", "product.company.unknown");
        }
        return company;
    }
}
