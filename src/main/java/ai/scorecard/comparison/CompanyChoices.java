package ai.scorecard.comparison;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.web.Fragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The companies a comparison can be asked for, read once per data version and drawn once per language as the
 * options of the comparison form's two selects. Drawn for each comparison, the two hundred options of a hundred
 * companies cost more than the rest of the comparison together.
 */
@Component
class CompanyChoices {

    /** The cache the choices are kept in; see {@link ComparisonCacheConfig}. */
    static final String CACHE = "comparison-choices";

    /** Where one drawn option ends and the next begins. */
    private static final Pattern BETWEEN_OPTIONS = Pattern.compile("(?<=</option>)\\s*");

    record Key(Locale locale, long dataVersion) {
    }

    /** Every company, by English name, and the option each one is drawn as, in the same order. */
    public record Choices(List<Company> companies, List<String> options) {

        public Choices {
            if (companies.size() != options.size()) {
                throw new IllegalStateException(companies.size() + " companies drawn as " + options.size()
                        + " options");
            }
        }

        Optional<Company> find(String slug) {
            return companies.stream().filter(company -> company.getSlug().equals(slug)).findFirst();
        }

        /** The options, the one of this company chosen. */
        public String options(String chosen) {
            StringBuilder html = new StringBuilder(options.size() * 64);
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                html.append(companies.get(i).getSlug().equals(chosen)
                        ? "<option selected" + option.substring("<option".length()) : option).append('\n');
            }
            return html.toString();
        }
    }

    private final Catalog catalog;
    private final Fragments fragments;
    private final KeptDrawings<Key, Choices> kept;

    CompanyChoices(Catalog catalog, Fragments fragments, CacheManager caches) {
        this.catalog = catalog;
        this.fragments = fragments;
        this.kept = new KeptDrawings<>(caches, CACHE, Choices.class);
    }

    /** The companies as of a data version, read after it was (like the scores a comparison is drawn from). */
    Choices of(DrawnComparisons.Key comparison, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Key key = new Key(comparison.locale(), comparison.dataVersion());
        Optional<Choices> drawn = kept.get(key);
        if (drawn.isPresent()) {
            return drawn.get();
        }
        List<Company> companies = catalog.companies();
        String html = fragments.render("compare/choices :: options", Map.of("companies", companies), key.locale(),
                request, response, companies.size() * 64).strip();
        Choices choices = new Choices(companies,
                html.isEmpty() ? List.of() : List.of(BETWEEN_OPTIONS.split(html)));
        kept.keep(key, choices);
        return choices;
    }
}
