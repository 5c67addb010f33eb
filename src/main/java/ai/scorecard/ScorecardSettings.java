package ai.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code scorecard.*} property, bound and checked once when the application starts: a wrong value
 * stops the start with a sentence naming the property, instead of failing later on a request or a seed.
 * The component descriptions below are what an IDE shows when completing the properties.
 *
 * @param today date that decides which facts are fresh, written yyyy-MM-dd (such as 2026-12-01), so that a
 *     demo or a test reads the same scores next year. Empty: the system clock's date (UTC).
 * @param seed loading of the article's companies, products and facts into an empty database
 * @param adminPassword password of the administrator "admin" created on the first start, when no account
 *     exists; environment variable SCORECARD_ADMIN_PASSWORD. Empty: a random password is printed once in
 *     the log.
 * @param trustedProxies proxies whose X-Forwarded-For and X-Forwarded-Proto headers are honoured: IP
 *     addresses or CIDR ranges, comma-separated. Empty trusts none.
 */
@ConfigurationProperties("scorecard")
@Validated
public record ScorecardSettings(
        @DateTimeFormat(iso = ISO.DATE) LocalDate today,
        @Valid @DefaultValue Seed seed,
        @DefaultValue("") String adminPassword,
        @ProxyAddresses @DefaultValue({"127.0.0.1", "::1"}) List<String> trustedProxies) {

    /**
     * Loading the article's data.
     *
     * @param enabled whether an empty database is seeded on start; environment variable
     *     SCORECARD_SEED_ENABLED. Turn it off for a production database.
     * @param location where companies.csv, products.csv, sources.csv and facts.csv are, as a resource
     *     location such as classpath:seed/ (the article's data) or file:/path/to/dir/.
     */
    public record Seed(
            @DefaultValue("true") boolean enabled,
            @NotBlank(message = "must say where the seed's CSV files are, as a resource location such as "
                    + "classpath:seed/ or file:/path/to/dir/") @DefaultValue("classpath:seed/") String location) {
    }

    /** Never printed: a record would otherwise show the administrator's password wherever it is logged. */
    @Override
    public String toString() {
        return "ScorecardSettings[today=" + today + ", seed=" + seed + ", adminPassword="
                + (adminPassword == null || adminPassword.isEmpty() ? "" : "(set)") + ", trustedProxies="
                + trustedProxies + "]";
    }
}
