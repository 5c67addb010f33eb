package ai.scorecard.source;

import ai.scorecard.checks.Bilingual;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;

/**
 * A publication that facts cite: one record however many facts rest on it, so that a correction of its
 * title or address reaches all of them, and a reader can ask which facts rest on it.
 */
@Entity
@Audited
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** In English, like {@link #publisher}; the Chinese ones are beside them, and one title is there. */
    private String title;

    private String publisher;

    private String titleZh;

    private String publisherZh;

    private String url;

    /** Null when the source gives no date ("date unknown"). */
    private LocalDate publishedOn;

    /** Null for sources carried over from before sources were records, until an editor says. */
    @Enumerated(EnumType.STRING)
    private Language language;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String archiveUrl;

    private Instant createdAt;

    @Version
    private long version;

    Source(SourceDraft draft, Instant createdAt) {
        take(draft);
        this.createdAt = createdAt;
    }

    /**
     * The source a draft describes, not stored: what a fact that will cite it is checked against before
     * either is stored. Only {@link Bibliography#add} stores a source.
     */
    public static Source proposed(SourceDraft draft) {
        return new Source(draft, null);
    }

    public Bilingual titleText() {
        return new Bilingual(title, titleZh);
    }

    public Bilingual publisherText() {
        return new Bilingual(publisher, publisherZh);
    }

    public boolean isDated() {
        return publishedOn != null;
    }

    void take(SourceDraft draft) {
        this.title = draft.title();
        this.publisher = draft.publisher();
        this.titleZh = draft.titleZh();
        this.publisherZh = draft.publisherZh();
        this.url = draft.url();
        this.publishedOn = draft.publishedOn();
        this.language = draft.language();
        this.kind = draft.kind();
        this.archiveUrl = draft.archiveUrl();
    }
}
