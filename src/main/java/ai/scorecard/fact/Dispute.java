package ai.scorecard.fact;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.source.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Someone's word that a fact is wrong (the right of reply): who disputes it, why, and the source they cite
 * against it. The fact still counts; readers see the dispute beside it and may leave disputed facts out. A
 * dispute is resolved with a reason, never deleted.
 */
@Entity
@Audited
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Dispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Facts loaded by the seed have no audit rows, so the history names the fact as it stands (as for sources). */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "fact_id")
    private Fact fact;

    /** The counter-source. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "source_id")
    private Source source;

    /** In English; the Chinese is beside it, and one of the two is there (the same for the note). */
    private String disputedBy;

    private String disputedByZh;

    private String note;

    private String noteZh;

    private Instant recordedAt;

    private Instant resolvedAt;

    /** Why the dispute no longer stands, in the words the editor wrote; null while it is open. */
    private String resolution;

    Dispute(Fact fact, DisputeDraft draft, Instant recordedAt) {
        this.fact = fact;
        this.source = draft.source();
        this.disputedBy = draft.disputedBy();
        this.disputedByZh = draft.disputedByZh();
        this.note = draft.note();
        this.noteZh = draft.noteZh();
        this.recordedAt = recordedAt;
    }

    public Bilingual disputedByText() {
        return new Bilingual(disputedBy, disputedByZh);
    }

    public Bilingual noteText() {
        return new Bilingual(note, noteZh);
    }

    /** The day it was recorded, as pages date it (UTC, like every moment the scorecard records). */
    public LocalDate recordedOn() {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    void resolve(Instant at, String reason) {
        this.resolvedAt = at;
        this.resolution = reason;
    }
}
