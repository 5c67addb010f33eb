package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

    @Test
    void theFirstAdministratorHasTheConfiguredPasswordStoredOnlyAsAHash() {
        Account admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("test-admin-password");
        assertThat(encoder.matches("test-admin-password", admin.getPasswordHash())).isTrue();
    }

    @Test
    void signingInWorksThroughTheFormAndChangesTheSession() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult result = mvc.perform(post("/login").session(before).with(csrf())
                        .param("username", "admin").param("password", "test-admin-password"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession after = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        // Session fixation protection: the signed-in session has a new id.
        assertThat(after.getId()).isNotEqualTo(idBefore);
        Document home = Jsoup.parse(mvc.perform(get("/").session(after)).andReturn().getResponse().getContentAsString());
        assertThat(home.selectFirst(".signed-in-as").text()).isEqualTo("Signed in as admin");
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
        MvcResult refused = mvc.perform(get("/companies/new")).andExpect(redirectedUrl("/login")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        MvcResult signedIn = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "admin").param("password", "test-admin-password"))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/companies/new?continue");
    }
}
