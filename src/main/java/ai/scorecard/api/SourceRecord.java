package ai.scorecard.api;

import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A source facts cite: the columns of the seed's {@code sources.csv}, keyed by its id. */
@Schema(description = "A source facts cite: one record per publication, however many facts rest on it.")
public record SourceRecord(
        @Schema(description = "The source's id: the same for every fact that cites it.")
        long id,
        @Schema(description = "Its title in English; null when it has a Chinese one only.")
        String title,
        @Schema(description = "Who published it; null when not recorded.")
        String publisher,
        @Schema(description = "Its web address; null when it has none (a print source, a post without a link).")
        String url,
        @Schema(description = "The day it was published (ISO 8601); null when the source gives no date.")
        LocalDate date,
        @Schema(description = "The language it is written in; null for sources recorded before languages were.")
        Language language,
        @Schema(description = "What kind of publication it is, most binding first.")
        SourceKind kind,
        @JsonProperty("archive_url") @Schema(description = "The address of an archived copy; null when none.")
        String archiveUrl,
        @JsonProperty("title_zh")
        @Schema(description = "Its title in Chinese; null when it has an English one only.")
        String titleZh,
        @JsonProperty("publisher_zh") @Schema(description = "Who published it, in Chinese; null when not recorded.")
        String publisherZh) {

    static SourceRecord of(Source source) {
        return new SourceRecord(source.getId(), source.getTitle(), source.getPublisher(), source.getUrl(),
                source.getPublishedOn(), source.getLanguage(), source.getKind(), source.getArchiveUrl(), source.getTitleZh(),
                source.getPublisherZh());
    }
}
