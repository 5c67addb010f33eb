package ai.scorecard.comparison;

import org.springframework.http.HttpStatus;

/**
 * A comparison drawn as HTML, with what the page around it needs: the status and, when the comparison
 * could be made, the two names for the page's title.
 */
public record DrawnComparison(HttpStatus status, String leftName, String rightName, String html) {
}
