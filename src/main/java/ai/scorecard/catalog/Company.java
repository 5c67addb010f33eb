package ai.scorecard.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import ai.scorecard.checks.Bilingual;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Company implements Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String nameEn;

    private String nameZh;

    /** In English, like {@link #summary}; the Chinese ones are beside them. */
    private String headquarters;

    private String summary;

    private String headquartersZh;

    private String summaryZh;

    @Version
    private long version;

    public Company(String slug, String nameEn, String nameZh, String headquarters, String summary) {
        this.slug = slug;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.headquarters = headquarters;
        this.summary = summary;
    }

    public Bilingual headquartersText() {
        return new Bilingual(headquarters, headquartersZh);
    }

    public Bilingual summaryText() {
        return new Bilingual(summary, summaryZh);
    }

    /** The name to show a reader of the given language: Chinese where we have it, English otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameEn, nameZh);
    }
}
