package ai.scorecard.scoreboard;

import ai.scorecard.scoring.Methodology;
import java.time.LocalDate;

/** A published version of the scoring rules, with when and why it was published. */
public record PublishedMethodology(int version, LocalDate publishedOn, String note, Methodology rules) {
}
