package ai.scorecard.scoreboard;

import java.time.LocalDate;

/** One line of the methodology's version list: when, by whom and why a version was published. */
public record VersionNote(int version, LocalDate publishedOn, String note, String publishedBy) {
}
