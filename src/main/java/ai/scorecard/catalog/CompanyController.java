package ai.scorecard.catalog;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.product.ProductCount;
import ai.scorecard.product.Products;
import ai.scorecard.product.Product;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequiredArgsConstructor
class CompanyController {

    private final Companies companies;
    private final Products products;
    private final FactLedger ledger;
    private final Scoreboard scoreboard;

    @GetMapping("/companies")
    String list(Model model) {
        Map<Long, Long> productCounts = products.countByCompany().stream()
                .collect(Collectors.toMap(ProductCount::companyId, ProductCount::products));
        model.addAttribute("companies", companies.findAllByOrderByNameEnAsc());
        model.addAttribute("productCounts", productCounts);
        return "companies/list";
    }

    @GetMapping("/companies/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version, Locale locale,
            Model model) {
        Company company = companies.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Product> companyProducts = products.findByCompanyOrderByWeightAscNameEnAsc(company);
        Standings standings = scoreboard.under(List.of(company), version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("company", company);
        model.addAttribute("products", companyProducts);
        model.addAttribute("names", companyProducts.stream()
                .collect(Collectors.toMap(Product::getSlug, product -> product.name(locale))));
        model.addAttribute("standings", standings);
        model.addAttribute("score", standings.company(slug).orElseThrow());
        model.addAttribute("facts", new FactSheet(ledger.ledgerOf(company)));
        return "companies/show";
    }
}
