package ai.scorecard.companies;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.changes.ChangeLog;
import ai.scorecard.changes.ChangeWindow;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.RightOfReply;
import ai.scorecard.scoreboard.Disputed;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scorehistory.ScoreHistoryPanels;
import ai.scorecard.web.FactSheet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
    private final RightOfReply disputes;
    private final ChangeLog changeLog;
    private final ScoreHistoryPanels scoreHistory;

    @GetMapping("/companies")
    String list(Model model) {
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("productCounts", catalog.productCounts());
        return "companies/list";
    }

    @GetMapping("/companies/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Disputed disputed, Locale locale, Model model, HttpServletRequest request) {
        Company company = find(slug);
        List<Product> companyProducts = catalog.productsOf(company);
        Standings standings = scoreboard.under(List.of(company), version, asOf, disputed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("company", company);
        model.addAttribute("products", companyProducts);
        model.addAttribute("names", companyProducts.stream()
                .collect(Collectors.toMap(Product::getSlug, product -> product.name(locale))));
        model.addAttribute("standings", standings);
        model.addAttribute("version", version);
        model.addAttribute("disputed", Disputed.orInclude(disputed));
        model.addAttribute("disputes", disputes.open());
        model.addAttribute("score", standings.company(slug).orElseThrow());
        Optional<LocalDate> past = scoreboard.pastDay(asOf);
        model.addAttribute("pastDay", past.orElse(null));
        model.addAttribute("facts", FactSheet.at(ledger.ledgerOf(company), past.map(scoreboard::endOf)));
        // The moves up to the day shown: as of a past day, the last moves are those before it.
        ChangeWindow recent = ChangeWindow.of(null, past.orElse(null), changeLog.today());
        model.addAttribute("lastMove", changeLog.about(company, recent).moveOf(company));
        model.addAttribute("lastMoveDays", ChangeWindow.DEFAULT_DAYS);
        model.addAttribute("lastMoveFrom", recent.from());
        model.addAttribute("lastMoveTo", recent.to());
        model.addAttribute("feedUrl", "/companies/" + company.getSlug() + "/changes.atom");
        model.addAttribute("scoreHistory", scoreHistory.company(company, request, locale));
        return "companies/show";
    }

    private Company find(String slug) {
        return catalog.company(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
