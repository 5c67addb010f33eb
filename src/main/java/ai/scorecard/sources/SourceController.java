package ai.scorecard.sources;

import ai.scorecard.fact.CitationCount;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceOrder;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list of sources and a source's page: the facts that cite it and the scores that rest on it. The form and
 * the history are {@link SourceEditController}'s, the retraction of its facts {@link SourceRetractionController}'s.
 */
@Controller
@RequiredArgsConstructor
class SourceController {

    private final Bibliography bibliography;
    private final FactLedger ledger;
    private final ScoreMoves moves;

    @GetMapping("/sources")
    String list(@Valid @ModelAttribute("query") SourceQuery query, Model model) {
        Page<Source> page = bibliography.list(query.q(), query.sortOrDefault(), query.pageOrFirst() - 1,
                SourceQuery.PAGE_SIZE);
        if (query.pageOrFirst() > Math.max(1, page.getTotalPages())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", page);
        model.addAttribute("counts", ledger.citationCounts(page.map(Source::getId).getContent()));
        model.addAttribute("none", CitationCount.NONE);
        model.addAttribute("orders", SourceOrder.values());
        return "sources/list";
    }

    @GetMapping("/sources/{id}")
    String show(@PathVariable long id, Model model) {
        Source source = SourcePages.find(bibliography, id);
        CitingFacts citing = CitingFacts.of(ledger.citing(source));
        model.addAttribute("source", source);
        model.addAttribute("citing", citing);
        model.addAttribute("moves", moves.of(citing));
        return "sources/show";
    }
}
