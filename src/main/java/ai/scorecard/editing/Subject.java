package ai.scorecard.editing;

import ai.scorecard.catalog.Company;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.FactOutcome;
import ai.scorecard.catalog.Product;
import java.util.Locale;

/** What a fact is about: a product or a company, with the address of its page. */
public sealed interface Subject {

    String slug();

    String name(Locale locale);

    /** The path of the subject's page, such as /products/doubao. */
    String path();

    /** Where a fact about the subject shows: its row on the subject's page. */
    default String pathOf(Fact fact) {
        return path() + "#fact-" + fact.getId();
    }

    FactOutcome record(FactLedger ledger, FactDraft draft);

    boolean owns(Fact fact);

    record OfProduct(Product product) implements Subject {

        public String slug() {
            return product.getSlug();
        }

        public String name(Locale locale) {
            return product.name(locale);
        }

        public String path() {
            return "/products/" + product.getSlug();
        }

        public FactOutcome record(FactLedger ledger, FactDraft draft) {
            return ledger.record(product, draft);
        }

        public boolean owns(Fact fact) {
            return fact.getProduct() != null && fact.getProduct().getId().equals(product.getId());
        }
    }

    record OfCompany(Company company) implements Subject {

        public String slug() {
            return company.getSlug();
        }

        public String name(Locale locale) {
            return company.name(locale);
        }

        public String path() {
            return "/companies/" + company.getSlug();
        }

        public FactOutcome record(FactLedger ledger, FactDraft draft) {
            return ledger.record(company, draft);
        }

        public boolean owns(Fact fact) {
            return fact.getCompany() != null && fact.getCompany().getId().equals(company.getId());
        }
    }
}
