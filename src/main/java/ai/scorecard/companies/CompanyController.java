package ai.scorecard.companies;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scorehistory.ScoreHistoryPanels;
import ai.scorecard.web.FactSheet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list of companies and a company's page. The forms and the history are {@link CompanyEditController}'s,
 * the facts {@link CompanyFactsController}'s.
 */
@Controller
@RequiredArgsConstructor
class CompanyController {

    private final Catalog catalog;
    private final FactLedger ledger;
    private final Scoreboard scoreboard;
    private final ScoreHistoryPanels scoreHistory;

    @GetMapping("/companies")
    String list(Model model) {
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("productCounts", catalog.productCounts());
        return "companies/list";
    }

    @GetMapping("/companies/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version, Locale locale,
            Model model, HttpServletRequest request) {
        Company company = find(slug);
        List<Product> companyProducts = catalog.productsOf(company);
        Standings standings = scoreboard.under(List.of(company), version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("company", company);
        model.addAttribute("products", companyProducts);
        model.addAttribute("names", companyProducts.stream()
                .collect(Collectors.toMap(Product::getSlug, product -> product.name(locale))));
        model.addAttribute("standings", standings);
        model.addAttribute("score", standings.company(slug).orElseThrow());
        model.addAttribute("facts", new FactSheet(ledger.ledgerOf(company)));
        model.addAttribute("scoreHistory", scoreHistory.company(company, request, locale));
        return "companies/show";
    }

    private Company find(String slug) {
        return catalog.company(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
