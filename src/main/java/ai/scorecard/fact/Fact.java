package ai.scorecard.fact;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.checks.Bilingual;
import ai.scorecard.source.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One dated, sourced observation about a product or a company. The ledger only grows: a fact is
 * superseded by a newer one or retracted with a reason, never edited or deleted.
 */
@Entity
@Audited
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Fact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "company_id")
    private Company company;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    private BigDecimal valueNumeric;

    private String valueLevel;

    private String unit;

    private String currency;

    @Enumerated(EnumType.STRING)
    private Qualifier qualifier;

    private LocalDate asOf;

    /**
     * True when the source is undated and {@link #asOf} is the day it was read, not a day the source gave.
     * A wrapper, because Envers leaves it null in the audit rows of deleted facts and of facts audited before V9.
     */
    @Getter(AccessLevel.NONE)
    private Boolean asOfIsReadDate;

    @Enumerated(EnumType.STRING)
    private Provenance provenance;

    /** Sources are corrected in place, so a fact's history names its source and shows it as it stands. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "source_id")
    private Source source;

    /** In English; the Chinese is beside it, and one of the two is there. */
    private String claim;

    private String claimZh;

    private Instant recordedAt;

    private Instant supersededAt;

    private Long supersededBy;

    private Instant retractedAt;

    private String retractionReason;

    Fact(Product product, Company company, Metric metric, BigDecimal valueNumeric, String valueLevel,
            String unit, String currency, Qualifier qualifier, LocalDate asOf, boolean asOfIsReadDate,
            Provenance provenance, Source source, String claim, String claimZh, Instant recordedAt) {
        this.product = product;
        this.company = company;
        this.metric = metric;
        this.valueNumeric = valueNumeric;
        this.valueLevel = valueLevel;
        this.unit = unit;
        this.currency = currency;
        this.qualifier = qualifier;
        this.asOf = asOf;
        this.asOfIsReadDate = asOfIsReadDate;
        this.provenance = provenance;
        this.source = source;
        this.claim = claim;
        this.claimZh = claimZh;
        this.recordedAt = recordedAt;
    }

    public Bilingual claimText() {
        return new Bilingual(claim, claimZh);
    }

    public boolean isAsOfIsReadDate() {
        return Boolean.TRUE.equals(asOfIsReadDate);
    }

    public boolean isCurrent() {
        return supersededAt == null && retractedAt == null;
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    public boolean isRetracted() {
        return retractedAt != null;
    }

    /** No longer current, superseded by a fact not yet stored (see {@link #supersede}). */
    void retire(Instant at) {
        this.supersededAt = at;
    }

    void supersede(Fact newer, Instant at) {
        this.supersededAt = at;
        this.supersededBy = newer.getId();
    }
}
