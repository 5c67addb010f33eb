package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What an operator running the app behind a proxy relies on: readers leave no session rows, every page
 * carries the security headers (HSTS and Secure cookies over HTTPS), forwarded headers count only from
 * a trusted proxy, the Host header never picks where a redirect goes, and a URL the firewall rejects
 * gets the application's own 400 page. Not in a test transaction: sessions are committed as they are
 * in production, and cleaned up after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorHygieneTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FilterChainProxy securityFilters;

    /**
     * Spring Security Test's csrf() swaps the filter's token store for a session-backed one, for the
     * rest of the shared context's life; the sign-in form here must meet the real one.
     */
    @BeforeEach
    void realCsrfTokens() {
        securityFilters.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
                .filter(CsrfFilter.class::isInstance)
                .forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", new SessionOrCookieCsrfTokens()));
    }

    @AfterEach
    void forget() {
        jdbc.update("delete from spring_session where principal_name = 'admin'");
        jdbc.update("delete from sign_in_throttle");
    }

    @Test
    void readersLeaveNoSessionRowsAndSigningInStillTakesTheFormsToken() throws Exception {
        int before = sessionRows();
        for (int i = 0; i < 5; i++) {
            for (String page : List.of("/login", "/", "/compare", "/products/trae", "/rankings")) {
                MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
                assertThat(response.getStatus()).as(page).isEqualTo(200);
                assertThat(response.getCookie("SESSION")).as(page).isNull();
            }
        }
        assertThat(sessionRows()).isEqualTo(before);

        // The sign-in form's token travels in a cookie; the real form, with it, signs in.
        MockHttpServletResponse form = mvc.perform(get("/login")).andReturn().getResponse();
        Cookie token = form.getCookie("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        String hidden = Jsoup.parse(form.getContentAsString()).selectFirst("form.sign-in input[name=_csrf]").val();
        MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(token).param("_csrf", hidden)
                .param("username", "admin").param("password", "test-admin-password")).andReturn().getResponse();
        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getCookie("SESSION")).isNotNull();
        assertThat(sessionRows()).isEqualTo(before + 1);

        // Without the cookie the form's token is worth nothing.
        assertThat(mvc.perform(post("/login").param("_csrf", hidden).param("username", "admin")
                .param("password", "test-admin-password")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/compare")).andReturn().getResponse();
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
        // Plain HTTP: no HSTS (a browser would ignore it anyway).
        assertThat(page.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void overHttpsFromTheTrustedProxyPagesAskForHsts() throws Exception {
        RequestPostProcessor proxy = viaProxy("127.0.0.1", "https");
        assertThat(mvc.perform(get("/compare").with(proxy)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).startsWith("max-age=");
        // Secure cookies are checked over real HTTP, where the container writes them: ProxiedHttpsIT.
    }

    @Test
    void aClientThatIsNotTheProxyCannotClaimHttps() throws Exception {
        RequestPostProcessor stranger = viaProxy("203.0.113.5", "https");
        assertThat(mvc.perform(get("/compare").with(stranger)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
        assertThat(mvc.perform(get("/login").with(stranger)).andReturn().getResponse().getCookie("XSRF-TOKEN")
                .getSecure()).isFalse();
    }

    /** Behind the proxy, the client is the last address the proxy added, not what the client wrote first. */
    @Test
    void behindTheProxyTheClientIsTheAddressTheProxySaw() throws Exception {
        for (int i = 0; i < SignInThrottle.PER_USERNAME; i++) {
            String made_up = "192.0.2." + i;
            mvc.perform(post("/login").with(request -> {
                request.setRemoteAddr("127.0.0.1");
                request.addHeader("X-Forwarded-For", made_up + ", 203.0.113.60");
                return request;
            }).with(csrf()).param("username", "admin").param("password", "guess"));
        }
        MockHttpServletResponse throttled = mvc.perform(post("/login").with(request -> {
            request.setRemoteAddr("127.0.0.1");
            request.addHeader("X-Forwarded-For", "203.0.113.60");
            return request;
        }).with(csrf()).param("username", "admin").param("password", "test-admin-password")).andReturn().getResponse();
        assertThat(throttled.getRedirectedUrl()).isEqualTo("/login?throttled");
        // The proxy's own address is not throttled for it.
        assertThat(mvc.perform(post("/login").with(csrf()).param("username", "admin")
                .param("password", "test-admin-password")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void noRedirectFollowsTheHostTheRequestNamed() throws Exception {
        for (RequestPostProcessor hostile : List.of(host("evil.example"), forwardedHost("203.0.113.5"),
                forwardedHost("127.0.0.1"))) {
            MockHttpServletResponse asked = mvc.perform(get("/companies/new").with(hostile)).andReturn().getResponse();
            assertThat(asked.getRedirectedUrl()).isEqualTo("/login");
            MockHttpServletResponse signedIn = mvc.perform(post("/login").with(hostile).cookie(asked.getCookies())
                    .with(csrf()).param("username", "admin").param("password", "test-admin-password"))
                    .andReturn().getResponse();
            assertThat(signedIn.getRedirectedUrl()).isEqualTo("/companies/new?continue");
            assertThat(signedIn.getHeader("Location")).doesNotContain("evil");
        }
    }

    @Test
    void aUrlTheFirewallRejectsGetsTheApplicationsOwn400Page() throws Exception {
        // A page nobody may keep (reading pages may be kept by caches; a refusal never is).
        MockHttpServletResponse normal = mvc.perform(get("/login")).andReturn().getResponse();
        for (String hostile : List.of("/products/trae;x=1", "/products%2Ftrae", "/products/%2e%2e/admin/accounts",
                "/products//trae")) {
            MockHttpServletResponse response = mvc.perform(get(URI.create(hostile))).andReturn().getResponse();
            assertThat(response.getStatus()).as(hostile).isEqualTo(400);
            assertThat(response.getContentType()).as(hostile).startsWith("text/html");
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.selectFirst("h1").text()).as(hostile).isEqualTo("That request did not make sense");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                    "Referrer-Policy", "Permissions-Policy", "Cache-Control")) {
                assertThat(response.getHeader(header)).as(hostile + " " + header).isEqualTo(normal.getHeader(header));
            }
        }
        Document chinese = Jsoup.parse(mvc.perform(get(URI.create("/products/trae;x=1")).cookie(new Cookie("lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString());
        assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    }

    private int sessionRows() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private static RequestPostProcessor viaProxy(String from, String proto) {
        return request -> {
            request.setRemoteAddr(from);
            request.addHeader("X-Forwarded-Proto", proto);
            return request;
        };
    }

    private static RequestPostProcessor host(String host) {
        return request -> {
            request.setServerName(host);
            request.addHeader("Host", host);
            return request;
        };
    }

    private static RequestPostProcessor forwardedHost(String from) {
        return request -> {
            request.setRemoteAddr(from);
            request.addHeader("X-Forwarded-Host", "evil.example");
            request.addHeader("X-Forwarded-Proto", "https");
            return request;
        };
    }
}
