package ai.scorecard.scoreboard;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.scoring.Methodology;
import java.time.LocalDate;

/**
 * A published version of the scoring rules, with when and why it was published.
 *
 * @param note why, in English and (where the publisher wrote it) in Chinese
 */
public record PublishedMethodology(int version, LocalDate publishedOn, Bilingual note, Methodology rules) {
}
