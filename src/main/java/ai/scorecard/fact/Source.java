package ai.scorecard.fact;

import ai.scorecard.checks.PlainText;
import ai.scorecard.checks.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

/** Where a fact was published: a title, an optional link and an optional publication date. */
public record Source(
        @NotBlank @Size(max = 300) @PlainText String title,
        @Size(max = 2000) String url,
        @PlausibleDate(future = false) LocalDate date) {

    /** Titles and links as typed: surrounding spaces dropped, an empty link is no link. */
    public Source {
        title = title == null ? null : title.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** A link a reader can follow: http or https, with a host. */
    boolean hasWebAddress() {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
