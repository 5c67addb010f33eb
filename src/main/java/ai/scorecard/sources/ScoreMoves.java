package ai.scorecard.sources;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The scores that rest on a source's current facts, under the official lens of the current methodology: each
 * company's score now, and as the scoreboard computes it with those facts left out. The source page and the
 * retraction's preview both ask here, so the preview shows what the retraction will do.
 */
@Component
@RequiredArgsConstructor
class ScoreMoves {

    private final Scoreboard scoreboard;

    /** The standings now (for the page to say what they were computed under), and each company's move. */
    record Moves(Standings now, List<ScoreMove> companies) {
    }

    Moves of(CitingFacts citing) {
        List<Company> companies = citing.companiesWithCurrent();
        Standings now = scoreboard.all(null);
        Standings without = scoreboard.without(companies, citing.currentIds(), null);
        List<Product> products = citing.productsWithCurrent();
        List<ScoreMove> moves = new ArrayList<>();
        for (CitingFacts.CompanyGroup group : citing.companies()) {
            Company company = group.company();
            if (companies.stream().noneMatch(c -> c.getId().equals(company.getId()))) {
                continue;
            }
            String slug = company.getSlug();
            List<ScoreMove.ProductMove> its = products.stream()
                    .filter(product -> product.getCompany().getId().equals(company.getId()))
                    .map(product -> new ScoreMove.ProductMove(product, now.product(product.getSlug()).orElseThrow(),
                            without.product(product.getSlug()).orElseThrow()))
                    .toList();
            moves.add(new ScoreMove(company, now.company(slug).orElseThrow(), without.company(slug).orElseThrow(),
                    now.companyRank(slug), without.companyRank(slug), its));
        }
        return new Moves(now, moves);
    }
}
