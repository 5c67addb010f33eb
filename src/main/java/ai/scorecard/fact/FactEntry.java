package ai.scorecard.fact;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;

/** One statement of a batch: a draft about a product or about a company. */
public record FactEntry(Product product, Company company, FactDraft draft) {

    public static FactEntry about(Product product, FactDraft draft) {
        return new FactEntry(product, null, draft);
    }

    public static FactEntry about(Company company, FactDraft draft) {
        return new FactEntry(null, company, draft);
    }

    /** Which subject and metric the entry states, for finding what it supersedes. */
    String subjectAndMetric() {
        return subjectKey(product, company) + " " + draft.metric();
    }

    static String subjectKey(Product product, Company company) {
        return product != null ? "product " + product.getId() : "company " + company.getId();
    }
}
