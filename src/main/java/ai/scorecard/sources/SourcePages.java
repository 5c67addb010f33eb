package ai.scorecard.sources;

import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Source;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What every page under {@code /sources/{id}} shares. */
final class SourcePages {

    private SourcePages() {
    }

    /** The source with this id; a 404 when there is none. */
    static Source find(Bibliography bibliography, long id) {
        return bibliography.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The address of the source's page. */
    static String pathOf(Source source) {
        return "/sources/" + source.getId();
    }
}
