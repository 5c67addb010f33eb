package ai.scorecard.editing;

import ai.scorecard.company.Companies;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.product.Category;
import ai.scorecard.product.GrowthDriver;
import ai.scorecard.product.IntegrationDepth;
import ai.scorecard.product.MonetizationAtLaunch;
import ai.scorecard.product.Product;
import ai.scorecard.product.Products;
import ai.scorecard.product.Stage;
import ai.scorecard.product.Weight;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class ProductEditController {

    static final List<String> FIELDS = List.of("company", "nameEn", "nameZh", "category", "stage", "launchDate",
            "weight", "monetizationAtLaunch", "growthDriver", "integrationDepth", "summary");

    private final Products products;
    private final Companies companies;
    private final FactLedger ledger;
    private final ProductEditing editing;
    private final FormKeys formKeys;

    @GetMapping("/products/new")
    String newProduct(@RequestParam(required = false) String company, Model model) {
        ProductForm form = new ProductForm();
        form.setCompany(company);
        form.setFormKey(FormKeys.fresh());
        return form(form, true, model);
    }

    @PostMapping("/products")
    String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        try {
            Product product = editing.create(form, errors);
            if (product != null) {
                return saved(product, "saved.product.created", redirect);
            }
        } catch (Refused refused) {
            // The same submission saved a moment earlier (a double click), or the reason is in the form's errors.
            first = formKeys.alreadySaved(form.getFormKey(), redirect);
            if (first.isPresent()) {
                return first.get();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(form, true, model);
    }

    @GetMapping("/products/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return form(ProductForm.of(find(slug)), false, model);
    }

    @PostMapping("/products/{slug}")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Product product = find(slug);
        form.setSlug(slug);
        try {
            if (editing.update(product, form, errors) != null) {
                return saved(product, "saved.product.updated", redirect);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (EditConflict | OptimisticLockingFailureException conflict) {
            // The check above catches a stale form; the database's version check catches a save that
            // raced past it between the check and the commit.
            ProductForm theirs = ProductForm.of(find(slug));
            model.addAttribute("differences", Difference.between(theirs, form, FIELDS));
            form.setVersion(theirs.getVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return form(form, false, model);
    }

    /** Names what will go before anything goes. */
    @GetMapping("/products/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Model model) {
        Product product = find(slug);
        model.addAttribute("product", product);
        model.addAttribute("factCount", ledger.ledgerOf(product).size());
        return "editing/delete-product";
    }

    @PostMapping("/products/{slug}/delete")
    String delete(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean withFacts, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Product product = find(slug);
        String company = product.getCompany().getSlug();
        if (!editing.delete(product, withFacts)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", true);
            return confirmDelete(slug, model);
        }
        redirect.addFlashAttribute("saved", "saved.product.deleted");
        redirect.addAttribute("slug", company);
        return "redirect:/companies/{slug}";
    }

    private Product find(String slug) {
        return products.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(ProductForm form, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("companies", companies.findAllByOrderByNameEnAsc());
        model.addAttribute("categories", Category.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("weights", Weight.values());
        model.addAttribute("monetizations", MonetizationAtLaunch.values());
        model.addAttribute("growthDrivers", GrowthDriver.values());
        model.addAttribute("integrationDepths", IntegrationDepth.values());
        return "editing/product";
    }

    private static String saved(Product product, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", message);
        redirect.addAttribute("slug", product.getSlug());
        return "redirect:/products/{slug}";
    }
}
