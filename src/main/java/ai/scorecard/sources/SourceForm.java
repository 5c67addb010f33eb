package ai.scorecard.sources;

import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceDraft;
import ai.scorecard.source.SourceKind;
import java.time.LocalDate;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A source as the form corrects it; the bibliography decides whether it is a valid source ({@link SourceDraft}).
 * The version is the one the editor started from.
 */
@Data
public class SourceForm {

    /** The fields shown side by side when someone else saved the source first. */
    static final List<String> COMPARED = List.of("title", "titleZh", "publisher", "publisherZh", "url", "publishedOn", "language",
            "kind", "archiveUrl");

    private String title;

    private String publisher;

    private String titleZh;

    private String publisherZh;

    private String url;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;

    private boolean dateUnknown;

    private Language language;

    private SourceKind kind;

    private String archiveUrl;

    private Long version;

    static SourceForm of(Source source) {
        SourceDraft draft = SourceDraft.of(source);
        SourceForm form = new SourceForm();
        form.setTitle(draft.title());
        form.setPublisher(draft.publisher());
        form.setTitleZh(draft.titleZh());
        form.setPublisherZh(draft.publisherZh());
        form.setUrl(draft.url());
        form.setPublishedOn(draft.publishedOn());
        form.setDateUnknown(draft.dateUnknown());
        form.setLanguage(draft.language());
        form.setKind(draft.kind());
        form.setArchiveUrl(draft.archiveUrl());
        form.setVersion(source.getVersion());
        return form;
    }

    SourceDraft toDraft() {
        return new SourceDraft(title, publisher, url, publishedOn, dateUnknown, language, kind, archiveUrl, titleZh, publisherZh);
    }
}
