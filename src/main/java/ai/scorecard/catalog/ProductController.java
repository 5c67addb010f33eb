package ai.scorecard.catalog;

import ai.scorecard.company.Companies;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.product.Category;
import ai.scorecard.product.Product;
import ai.scorecard.product.ProductOrder;
import ai.scorecard.product.Products;
import ai.scorecard.product.Stage;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequiredArgsConstructor
class ProductController {

    private final Products products;
    private final Companies companies;
    private final FactLedger ledger;
    private final Scoreboard scoreboard;

    @GetMapping("/products")
    String list(@Valid @ModelAttribute("query") ProductQuery query, Model model) {
        Page<Product> page = products.findAll(query.filter().toSpecification(), query.pageable());
        model.addAttribute("page", page);
        model.addAttribute("companies", companies.findAllByOrderByNameEnAsc());
        model.addAttribute("categories", Category.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("columns", ProductOrder.values());
        return "products/list";
    }

    @GetMapping("/products/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version, Model model) {
        Product product = products.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Standings standings = scoreboard.under(List.of(product.getCompany()), version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("product", product);
        model.addAttribute("standings", standings);
        model.addAttribute("score", standings.product(slug).orElseThrow());
        model.addAttribute("facts", new FactSheet(ledger.ledgerOf(product)));
        return "products/show";
    }
}
