package ai.scorecard.export;

import ai.scorecard.api.Refusal;
import java.util.Locale;

/** The file formats an export comes in, as the address's extension names them. */
enum Format {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format an extension names; any other is 404, as an address nothing is at. */
    static Format of(String extension) {
        for (Format format : values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        throw Refusal.notFound("export.problem.format", "format", extension);
    }
}
