package ai.scorecard.search;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.Fact;

/** What a search found, kind by kind. */
record SearchResults(Found<Company> companies, Found<Product> products, Found<Fact> facts) {

    /** How many are shown, all kinds together. */
    public int total() {
        return companies.shown().size() + products.shown().size() + facts.shown().size();
    }
}
