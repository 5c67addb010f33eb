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
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).as("the sign-in form's session, which holds its CSRF token").isNotNull();
        MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(before).with(csrf())
                        .param("username", "admin").param("password", "test-admin-password"))
                .andExpect(redirectedUrl("/"))
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

    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount() throws Exception {
        accounts.save(new Account("mallory-target", encoder.encode("right-password"), Role.EDITOR));
        for (int i = 0; i < Account.ALLOWED_FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "mallory-target").param("password", "guess" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Locked now: even the right password does not get in for a while.
        mvc.perform(post("/login").with(csrf()).param("username", "mallory-target").param("password", "right-password"))
                .andExpect(redirectedUrl("/login?locked"));
        Document page = Jsoup.parse(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#sign-in-locked").text()).contains("locked for 15 minutes");
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
        assertThat(signedIn).endsWith("/companies/new?continue");
    }
}
