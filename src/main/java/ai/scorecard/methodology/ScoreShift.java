package ai.scorecard.methodology;

import ai.scorecard.catalog.Company;
import ai.scorecard.scoreboard.Standings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A company's official score and rank under two methodology versions, from the same facts: what the change of
 * rules alone did to it.
 */
public record ScoreShift(Company company, OptionalDouble before, OptionalDouble after, OptionalInt rankBefore,
        OptionalInt rankAfter) {

    public OptionalDouble change() {
        return before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
    }

    /** Places climbed (negative: lost); empty when either rank is unknown. */
    public OptionalInt placesUp() {
        return rankBefore.isPresent() && rankAfter.isPresent()
                ? OptionalInt.of(rankBefore.getAsInt() - rankAfter.getAsInt()) : OptionalInt.empty();
    }

    /** Every company of the second standings, found in the first by its address name; best ranked after first. */
    static List<ScoreShift> between(Standings from, Standings to) {
        List<ScoreShift> shifts = new ArrayList<>();
        for (Standings.Scored scored : to.scoredCompanies()) {
            String slug = scored.company().getSlug();
            OptionalDouble before = from.company(slug).map(score -> score.overall()).orElse(OptionalDouble.empty());
            shifts.add(new ScoreShift(scored.company(), before, scored.score().overall(), from.companyRank(slug),
                    to.companyRank(slug)));
        }
        shifts.sort(Comparator.comparingInt((ScoreShift shift) -> shift.rankAfter().orElse(Integer.MAX_VALUE))
                .thenComparing(shift -> shift.company().getSlug()));
        return shifts;
    }
}
