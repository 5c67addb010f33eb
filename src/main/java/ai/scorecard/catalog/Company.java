package ai.scorecard.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
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

    private String headquarters;

    private String summary;

    @Version
    private long version;

    public Company(String slug, String nameEn, String nameZh, String headquarters, String summary) {
        this.slug = slug;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.headquarters = headquarters;
        this.summary = summary;
    }

    /** The name to show a reader of the given language: Chinese where we have it, English otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameEn, nameZh);
    }
}
