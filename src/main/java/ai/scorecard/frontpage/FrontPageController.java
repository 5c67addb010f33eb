package ai.scorecard.frontpage;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.changes.ChangeLog;
import ai.scorecard.changes.ChangeWindow;
import ai.scorecard.changes.Changes;
import ai.scorecard.comparison.Comparison;
import ai.scorecard.comparison.Comparisons;
import ai.scorecard.comparison.Verdicts;
import ai.scorecard.fact.FactLedger;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: the front page. It leads with the comparison the scorecard was made for, ByteDance against Alibaba,
 * with its verdict and how firmly it holds, then what changed in the last 30 days: the latest fact events and the
 * companies whose scores moved most, each explained on /changes.
 */
@Controller
@RequiredArgsConstructor
class FrontPageController {

    static final String HEADLINE_LEFT = "bytedance";
    static final String HEADLINE_RIGHT = "alibaba";

    private final Catalog catalog;
    private final FactLedger ledger;
    private final Comparisons comparisons;
    private final Verdicts verdicts;
    private final ChangeLog changeLog;

    /** How many of the latest changes and of the biggest movers the front page lists; /changes has them all. */
    static final int LISTED = 6;

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("productCount", catalog.productCount());
        model.addAttribute("factCount", ledger.count());
        // An editor may have removed either company: the front page then goes without its headline.
        Optional<Company> left = catalog.company(HEADLINE_LEFT);
        Optional<Company> right = catalog.company(HEADLINE_RIGHT);
        if (left.isPresent() && right.isPresent()) {
            Comparison headline = comparisons.compare(left.get(), right.get(), null, null, locale);
            model.addAttribute("headline", headline);
            model.addAttribute("headlineVerdict", verdicts.of(headline, locale));
        }
        Changes lately = changeLog.between(ChangeWindow.of(null, null, changeLog.today()));
        model.addAttribute("lately", lately);
        model.addAttribute("latestChanges", lately.newest(LISTED));
        model.addAttribute("movers", lately.moves().subList(0, Math.min(LISTED, lately.moves().size())));
        model.addAttribute("moverDays", ChangeWindow.DEFAULT_DAYS);
        model.addAttribute("feedUrl", "/changes.atom");
        return "home";
    }
}
