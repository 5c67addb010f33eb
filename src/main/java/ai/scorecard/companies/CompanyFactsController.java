package ai.scorecard.companies;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.editing.Citations;
import ai.scorecard.editing.FactPages;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.editing.Subject;
import ai.scorecard.fact.FactLedger;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /companies/{slug}/facts/…}: the facts about a company as a whole, stated, superseded, retracted. */
@Controller
@RequestMapping("/companies/{slug}/facts")
class CompanyFactsController extends FactPages {

    CompanyFactsController(Catalog catalog, FactLedger ledger, Citations citations, FormKeys formKeys) {
        super(ledger, citations, formKeys, slug -> catalog.company(slug).map(Subject::of));
    }
}
