package ai.scorecard.search;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.Fact;
import ai.scorecard.source.Source;

/** What a search found, kind by kind. */
record SearchResults(Found<Company> companies, Found<Product> products, Found<Fact> facts, Found<Source> sources) {

    /** How many are shown, all kinds together. */
    public int total() {
        return companies.shown().size() + products.shown().size() + facts.shown().size() + sources.shown().size();
    }
}
