package ai.scorecard.search;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.CatalogMatches;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.source.Bibliography;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results of a search, grouped by kind: companies and products by their English or Chinese name, facts by
 * their claim or their source's title, sources by their title, publisher or address. A search too long to be a
 * name or a phrase is refused with a 400 that says how long it may be, on the same page, so that the reader can
 * shorten it there.
 */
@Controller
@RequiredArgsConstructor
class SearchController {

    /** Characters (not bytes, not UTF-16 units): a Chinese phrase is as long as it looks. */
    static final int LONGEST = 200;

    /** More would be a list nobody reads; the page says when there are more and asks for another word. */
    static final int PER_KIND = 50;

    private final Catalog catalog;
    private final FactLedger ledger;
    private final Bibliography bibliography;

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("longest", LONGEST);
        model.addAttribute("perKind", PER_KIND);
        int length = text.codePointCount(0, text.length());
        if (length > LONGEST) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("tooLong", length);
        } else if (!text.isEmpty()) {
            // One more than is shown tells whether there are more.
            CatalogMatches names = catalog.search(text, PER_KIND + 1);
            model.addAttribute("results", new SearchResults(Found.of(names.companies(), PER_KIND),
                    Found.of(names.products(), PER_KIND), Found.of(ledger.search(text, PER_KIND + 1), PER_KIND),
                    Found.of(bibliography.matching(text, PER_KIND + 1), PER_KIND)));
        }
        return "search/page";
    }
}
