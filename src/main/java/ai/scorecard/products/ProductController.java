package ai.scorecard.products;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.ProductOrder;
import ai.scorecard.catalog.Stage;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.RightOfReply;
import ai.scorecard.scoreboard.Disputed;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scorehistory.ScoreHistoryPanels;
import ai.scorecard.web.FactSheet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of products, a product's page, and deleting a product. The forms and the history are
 * {@link ProductEditController}'s, the facts {@link ProductFactsController}'s.
 */
@Controller
@RequiredArgsConstructor
class ProductController {

    private final Catalog catalog;
    private final FactLedger ledger;
    private final Scoreboard scoreboard;
    private final RightOfReply disputes;
    private final ScoreHistoryPanels scoreHistory;

    @GetMapping("/products")
    String list(@Valid @ModelAttribute("query") ProductQuery query, Model model) {
        model.addAttribute("page", catalog.products(query.filter(), query.pageable()));
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("categories", Category.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("columns", ProductOrder.values());
        return "products/list";
    }

    @GetMapping("/products/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Disputed disputed, Model model, Locale locale, HttpServletRequest request) {
        Product product = find(slug);
        Standings standings = scoreboard.under(List.of(product.getCompany()), version, asOf, disputed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("product", product);
        model.addAttribute("standings", standings);
        model.addAttribute("version", version);
        model.addAttribute("disputed", Disputed.orInclude(disputed));
        model.addAttribute("disputes", disputes.open());
        model.addAttribute("score", standings.product(slug).orElseThrow());
        Optional<LocalDate> past = scoreboard.pastDay(asOf);
        model.addAttribute("pastDay", past.orElse(null));
        model.addAttribute("facts", FactSheet.at(ledger.ledgerOf(product), past.map(scoreboard::endOf)));
        model.addAttribute("scoreHistory", scoreHistory.product(product, request, locale));
        return "products/show";
    }

    /** Names what will go before anything goes. */
    @GetMapping("/products/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Model model) {
        Product product = find(slug);
        model.addAttribute("product", product);
        model.addAttribute("factCount", ledger.ledgerOf(product).size());
        return "products/delete";
    }

    @PostMapping("/products/{slug}/delete")
    String delete(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean withFacts, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Product product = find(slug);
        if (!ledger.deleteWithFacts(product, withFacts)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", true);
            return confirmDelete(slug, model);
        }
        redirect.addFlashAttribute("saved", "saved.product.deleted");
        return "redirect:/companies/" + product.getCompany().getSlug();
    }

    private Product find(String slug) {
        return catalog.product(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
