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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Who changed a company or a product, and its facts, what and when. */
@Controller
@RequiredArgsConstructor
class HistoryController {

    private final Companies companies;
    private final Products products;
    private final History history;

    /** A product with 1,666 facts had a history page of 5 MB: the revisions come 50 to a page. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/companies/{slug}/history")
    String company(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Locale locale,
            Model model) {
        Company company = companies.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", HistoryPage.of(company.name(locale), "/companies", "companies.title",
                "/companies/" + company.getSlug(), history.ofCompany(company.getId()), page));
        return "history/show";
    }

    @GetMapping("/products/{slug}/history")
    String product(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Locale locale,
            Model model) {
        Product product = products.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", HistoryPage.of(product.name(locale), "/products", "products.title",
                "/products/" + product.getSlug(), history.ofProduct(product.getId()), page));
        return "history/show";
    }

    /**
     * What the history template shows.
     *
     * @param name the subject's name in the reader's language
     * @param listPath the list the subject belongs to, for the breadcrumb
     * @param listTitle the message code of that list's title
     * @param subjectPath the subject's own page
     * @param entries this page's revisions, newest first
     * @param number this page's number, from 1
     * @param pages how many pages there are; at least one, which may be empty
     * @param total how many revisions there are on all pages
     * @param from how many revisions come before this page's first
     */
    record HistoryPage(String name, String listPath, String listTitle, String subjectPath,
            List<HistoryEntry> entries, int number, int pages, int total, int from) {

        /** @throws ResponseStatusException 404 for a page number before the first or past the last page */
        static HistoryPage of(String name, String listPath, String listTitle, String subjectPath,
                List<HistoryEntry> all, int number) {
            int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (number < 1 || number > pages) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            int from = (number - 1) * PAGE_SIZE;
            return new HistoryPage(name, listPath, listTitle, subjectPath,
                    all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), number, pages, all.size(), from);
        }

        public boolean isFirst() {
            return number == 1;
        }

        public boolean isLast() {
            return number == pages;
        }
    }
}
