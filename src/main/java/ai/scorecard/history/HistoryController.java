package ai.scorecard.history;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import ai.scorecard.product.Product;
import ai.scorecard.product.Products;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Who changed a company or a product, and its facts, what and when. */
@Controller
@RequiredArgsConstructor
class HistoryController {

    private final Companies companies;
    private final Products products;
    private final History history;

    @GetMapping("/companies/{slug}/history")
    String company(@PathVariable String slug, Locale locale, Model model) {
        Company company = companies.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new HistoryPage(company.name(locale), "/companies", "companies.title",
                "/companies/" + company.getSlug(), history.ofCompany(company.getId())));
        return "history/show";
    }

    @GetMapping("/products/{slug}/history")
    String product(@PathVariable String slug, Locale locale, Model model) {
        Product product = products.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new HistoryPage(product.name(locale), "/products", "products.title",
                "/products/" + product.getSlug(), history.ofProduct(product.getId())));
        return "history/show";
    }

    /**
     * What the history template shows.
     *
     * @param name the subject's name in the reader's language
     * @param listPath the list the subject belongs to, for the breadcrumb
     * @param listTitle the message code of that list's title
     * @param subjectPath the subject's own page
     * @param entries the revisions, newest first
     */
    record HistoryPage(String name, String listPath, String listTitle, String subjectPath,
            List<HistoryEntry> entries) {
    }
}
