package ai.scorecard.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A company with its company-level facts (such as AI_REACH or RESEARCH_ORGANISATION) and its products.
 * Company-level facts place the company between the playbooks; they do not enter its
 * commercialization score, which is built from its products only.
 */
public record CompanyInput(String slug, List<Evidence> facts, List<ProductInput> products) {

    public CompanyInput {
        Objects.requireNonNull(slug, "slug");
        facts = List.copyOf(facts);
        products = List.copyOf(products);
    }
}
