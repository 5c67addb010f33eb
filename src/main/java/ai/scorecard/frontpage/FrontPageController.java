package ai.scorecard.frontpage;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.comparison.Comparisons;
import ai.scorecard.fact.FactLedger;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: the front page. It leads with the comparison the scorecard was made for, ByteDance against Alibaba,
 * with its verdict and how firmly it holds, then what changed lately.
 */
@Controller
@RequiredArgsConstructor
class FrontPageController {

    static final String HEADLINE_LEFT = "bytedance";
    static final String HEADLINE_RIGHT = "alibaba";

    private final Catalog catalog;
    private final FactLedger ledger;
    private final Comparisons comparisons;

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("productCount", catalog.productCount());
        model.addAttribute("factCount", ledger.count());
        // An editor may have removed either company: the front page then goes without its headline.
        Optional<Company> left = catalog.company(HEADLINE_LEFT);
        Optional<Company> right = catalog.company(HEADLINE_RIGHT);
        if (left.isPresent() && right.isPresent()) {
            model.addAttribute("headline", comparisons.compare(left.get(), right.get(), null, null, locale));
        }
        return "home";
    }
}
