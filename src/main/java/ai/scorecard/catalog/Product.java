package ai.scorecard.catalog;

import ai.scorecard.checks.Bilingual;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Product implements Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "company_id")
    private Company company;

    private String nameEn;

    private String nameZh;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private LocalDate launchDate;

    /** In English; the Chinese is beside it. */
    private String summary;

    private String summaryZh;

    @Enumerated(EnumType.STRING)
    private MonetizationAtLaunch monetizationAtLaunch = MonetizationAtLaunch.UNKNOWN;

    @Enumerated(EnumType.STRING)
    private GrowthDriver growthDriver = GrowthDriver.UNKNOWN;

    @Enumerated(EnumType.STRING)
    private IntegrationDepth integrationDepth = IntegrationDepth.UNKNOWN;

    @Enumerated(EnumType.STRING)
    private Weight weight = Weight.MINOR;

    @Version
    private long version;

    public Product(String slug, Company company, String nameEn, String nameZh, Category category, Stage stage) {
        this.slug = slug;
        this.company = company;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.category = category;
        this.stage = stage;
    }

    public Bilingual summaryText() {
        return new Bilingual(summary, summaryZh);
    }

    public String name(Locale locale) {
        return Names.pick(locale, nameEn, nameZh);
    }
}
