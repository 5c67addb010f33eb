package ai.scorecard.fact;

import java.time.LocalDate;

/** Where a fact was published: a title, an optional link and an optional publication date. */
public record Source(String title, String url, LocalDate date) {
}
