package ai.scorecard.products;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.editing.Citations;
import ai.scorecard.editing.FactPages;
import ai.scorecard.editing.FormKeys;
import ai.scorecard.editing.Subject;
import ai.scorecard.fact.FactLedger;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /products/{slug}/facts/…}: the facts about a product, stated, superseded, retracted. */
@Controller
@RequestMapping("/products/{slug}/facts")
class ProductFactsController extends FactPages {

    ProductFactsController(Catalog catalog, FactLedger ledger, Citations citations, FormKeys formKeys) {
        super(ledger, citations, formKeys, slug -> catalog.product(slug).map(Subject::of));
    }
}
