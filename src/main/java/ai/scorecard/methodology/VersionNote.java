package ai.scorecard.methodology;

import java.time.LocalDate;

/** One line of the methodology's version list. */
public record VersionNote(int version, LocalDate publishedOn, String note) {
}
