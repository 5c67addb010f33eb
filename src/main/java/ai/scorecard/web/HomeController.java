package ai.scorecard.web;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactLedger;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final Catalog catalog;
    private final FactLedger ledger;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("productCount", catalog.productCount());
        model.addAttribute("factCount", ledger.count());
        return "home";
    }
}
