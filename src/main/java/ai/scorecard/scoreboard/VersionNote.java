package ai.scorecard.scoreboard;

import ai.scorecard.checks.Bilingual;
import java.time.LocalDate;

/** One line of the methodology's version list: when, by whom and why a version was published. */
public record VersionNote(int version, LocalDate publishedOn, Bilingual note, String publishedBy) {
}
