package ai.scorecard.editing;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Entry;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.FactOutcome;
import java.util.Locale;

/**
 * What a fact is about: a product or a company, with the address of its page.
 *
 * @param listPath the list the subject belongs to, such as {@code /products}
 */
public record Subject(Entry entry, String listPath) {

    public static Subject of(Product product) {
        return new Subject(product, "/products");
    }

    public static Subject of(Company company) {
        return new Subject(company, "/companies");
    }

    public String slug() {
        return entry.getSlug();
    }

    public String name(Locale locale) {
        return entry.name(locale);
    }

    /** The path of the subject's page, such as /products/doubao. */
    public String path() {
        return listPath + "/" + entry.getSlug();
    }

    /** Where a fact about the subject shows: its row on the subject's page. */
    public String pathOf(Fact fact) {
        return path() + "#fact-" + fact.getId();
    }

    FactOutcome record(FactLedger ledger, FactDraft draft) {
        return entry instanceof Product product ? ledger.record(product, draft) : ledger.record((Company) entry, draft);
    }

    boolean owns(Fact fact) {
        Entry about = entry instanceof Product ? fact.getProduct() : fact.getCompany();
        return about != null && about.getId().equals(entry.getId());
    }
}
