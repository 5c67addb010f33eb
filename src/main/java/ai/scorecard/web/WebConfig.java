package ai.scorecard.web;

import ai.scorecard.ScorecardSettings;
import ai.scorecard.scoreboard.Scoreboard;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** The pages that only read, whoever asks: what {@link ReadingPageCaching} lets caches keep. */
    static final String[] READING_PAGES = {"/", "/compare", "/styles", "/rankings", "/companies", "/companies/*",
            "/companies/*/history", "/companies/*/score-history", "/compare/score-history", "/products", "/products/*",
            "/products/*/history", "/methodology", "/sources", "/sources/*", "/sources/*/history", "/search", "/changes",
            "/changes.atom", "/companies/*/changes.atom", "/methodology/diff"};

    /** Forms under reading pages' addresses. */
    static final Set<String> NOT_READING = Set.of("/companies/new", "/products/new");

    private final ScorecardSettings settings;
    private final PageTag tags;

    WebConfig(Scoreboard scoreboard, ScorecardSettings settings) {
        this.settings = settings;
        this.tags = new PageTag(scoreboard, settings);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLanguage();
    }

    /** Before Spring Session and Spring Security, so both see the client's address and scheme. */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies() {
        FilterRegistrationBean<TrustedProxies> registration =
                new FilterRegistrationBean<>(new TrustedProxies(settings.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Tomcat answers an encoded slash ({@code %2F}) itself, with its own bare 400; passed through, it
     * meets Spring Security's firewall, which refuses it with the application's 400 page and headers.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    /**
     * {@code /error} is where the container sends a failed request, not a page: asked for directly it
     * had no status to show and answered 500. Now it is a page that does not exist.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noDirectErrorPage() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.sendError(HttpStatus.NOT_FOUND.value());
            }
        });
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Leaves links as written instead of rewriting each one to a versioned resource URL: the rewriting
     * looked every link of a page up on the classpath, on every request (half the cost of the comparison
     * page). Webjar links stay version-free and are resolved when the browser asks for them.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * After Spring Session and Spring Security (it must know who reads), before the pages are drawn; see
     * {@link KeptPages}.
     */
    @Bean
    FilterRegistrationBean<KeptPages> keptPages(LocaleResolver languages) {
        FilterRegistrationBean<KeptPages> registration =
                new FilterRegistrationBean<>(new KeptPages(tags, languages, READING_PAGES, NOT_READING));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Static files: kept for a year under their content-hashed addresses, asked about each time otherwise. */
    @Bean
    FilterRegistrationBean<AssetCaching> assetCaching() {
        FilterRegistrationBean<AssetCaching> registration = new FilterRegistrationBean<>(new AssetCaching());
        registration.addUrlPatterns("/css/*", "/js/*", "/img/*", "/webjars/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        // A mistyped ?lang= should not break the page; the reader keeps the current language.
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        // After the language is known: it is part of what a kept page must match.
        registry.addInterceptor(new ReadingPageCaching(tags))
                .addPathPatterns(READING_PAGES)
                .excludePathPatterns(NOT_READING.toArray(String[]::new));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new KebabCaseEnumConverterFactory());
    }
}
