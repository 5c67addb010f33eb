package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorHasTheConfiguredPasswordStoredOnlyAsAHash() {
        Account admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("test-admin-password");
        assertThat(encoder.matches("test-admin-password", admin.getPasswordHash())).isTrue();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // sessions are written in their own transactions
    void signingInWorksThroughTheFormChangesTheSessionAndKeepsItInTheDatabase() throws Exception {
        // A reader who opens /companies/new is sent to sign in; the page they wanted is kept in a session.
        Cookie before = mvc.perform(get("/companies/new")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).as("the session that remembers the page asked for").isNotNull();
        MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(before).with(csrf())
                        .param("username", "admin").param("password", "test-admin-password"))
                .andExpect(redirectedUrl("/companies/new?continue"))
                .andReturn().getResponse();
        Cookie after = signedIn.getCookie("SESSION");
        assertThat(after).isNotNull();
        // Session fixation protection: the signed-in session has a new id.
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        Document home = Jsoup.parse(mvc.perform(get("/").cookie(after)).andReturn().getResponse().getContentAsString());
        assertThat(home.selectFirst(".signed-in-as").text()).isEqualTo("Signed in as admin");

        // The session lives in the database, not in this instance: any instance sharing it knows the
        // editor, and once the row is gone no instance does.
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'admin'",
                Integer.class)).isPositive();
        jdbc.update("delete from spring_session where principal_name = 'admin'");
        Document afterwards = Jsoup.parse(mvc.perform(get("/").cookie(after)).andReturn().getResponse()
                .getContentAsString());
        assertThat(afterwards.selectFirst(".signed-in-as")).isNull();
    }

    /**
     * Repeated failures no longer lock the account (a stranger could keep its owner out): they throttle
     * the client that makes them. SignInThrottleTest has the rest.
     */
    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresThrottleTheClientNotTheAccount() throws Exception {
        accounts.save(new Account("mallory-target", encoder.encode("right-password"), Role.EDITOR));
        for (int i = 0; i < SignInThrottle.PER_USERNAME; i++) {
            mvc.perform(post("/login").with(from("203.0.113.20")).with(csrf()).param("username", "mallory-target")
                            .param("password", "guess" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(from("203.0.113.20")).with(csrf()).param("username", "mallory-target")
                        .param("password", "right-password"))
                .andExpect(redirectedUrl("/login?throttled"));
        // The owner, from their own address, is not locked out.
        mvc.perform(post("/login").with(from("198.51.100.20")).with(csrf()).param("username", "mallory-target")
                        .param("password", "right-password"))
                .andExpect(redirectedUrl("/"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aPostWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "test-admin-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/compare"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void anAnonymousEditorIsSentToSignInAndBackAfterwards() throws Exception {
        Cookie session = mvc.perform(get("/companies/new")).andExpect(redirectedUrl("/login")).andReturn()
                .getResponse().getCookie("SESSION");
        String signedIn = mvc.perform(post("/login").cookie(session).with(csrf())
                        .param("username", "admin").param("password", "test-admin-password"))
                .andReturn().getResponse().getRedirectedUrl();
        // By path: the Host the request named does not choose where it goes back to.
        assertThat(signedIn).isEqualTo("/companies/new?continue");
    }
}
