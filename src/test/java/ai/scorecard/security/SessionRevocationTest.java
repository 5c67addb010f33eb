package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A session keeps the rights it was signed in with, so disabling, demoting or resetting the password
 * of an account must end the sessions it already has. Real sessions, in the database, committed: the
 * administrator's change and the editor's session are two browsers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionRevocationTest {

    static final String PASSWORD = "the editor's password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void forgetAccounts() {
        jdbc.update("delete from spring_session where principal_name like 'revoked-%' or principal_name = 'admin'");
        jdbc.update("delete from account where username like 'revoked-%'");
        jdbc.update("delete from sign_in_throttle");
    }

    @Test
    void aDisabledEditorIsSignedOutOfTheSessionAlreadyOpen() throws Exception {
        Cookie editor = signedIn(account("revoked-erin", Role.EDITOR));
        mvc.perform(get("/companies/new").cookie(editor)).andExpect(status().isOk());
        Cookie admin = signedIn("admin", "test-admin-password");

        mvc.perform(post("/admin/accounts/revoked-erin/enabled").cookie(admin).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/companies/new").cookie(editor)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/companies").cookie(editor).with(csrf()).param("slug", "sneaky"))
                .andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf("revoked-erin")).isZero();
    }

    @Test
    void aDemotedAdministratorLosesTheAdministratorsPagesAtOnce() throws Exception {
        Cookie demoted = signedIn(account("revoked-ada", Role.ADMIN));
        mvc.perform(get("/admin/accounts").cookie(demoted)).andExpect(status().isOk());
        Cookie admin = signedIn("admin", "test-admin-password");

        mvc.perform(post("/admin/accounts/revoked-ada/role").cookie(admin).with(csrf()).param("role", "EDITOR"))
                .andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/admin/accounts").cookie(demoted)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/accounts").cookie(demoted).with(csrf()).param("username", "revoked-mallory")
                .param("role", "ADMIN").param("password", "a long enough secret")).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'revoked-mallory'",
                Integer.class)).isZero();
        // Signed in again, as the editor they now are.
        Cookie again = signedIn("revoked-ada", PASSWORD);
        mvc.perform(get("/admin/accounts").cookie(again)).andExpect(status().isForbidden());
        mvc.perform(get("/companies/new").cookie(again)).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        Cookie editor = signedIn(account("revoked-pat", Role.EDITOR));
        Cookie admin = signedIn("admin", "test-admin-password");

        mvc.perform(post("/admin/accounts/revoked-pat/password").cookie(admin).with(csrf())
                .param("password", "a brand new password")).andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/products/trae/edit").cookie(editor)).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf("revoked-pat")).isZero();
    }

    /** An administrator resetting their own password keeps the session they did it in; others end. */
    @Test
    void anAdministratorResettingTheirOwnPasswordKeepsOnlyTheirCurrentSession() throws Exception {
        account("revoked-root", Role.ADMIN);
        Cookie here = signedIn("revoked-root", PASSWORD);
        Cookie elsewhere = signedIn("revoked-root", PASSWORD);

        mvc.perform(post("/admin/accounts/revoked-root/password").cookie(here).with(csrf())
                .param("password", "a brand new password")).andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/admin/accounts").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf("revoked-root")).isOne();
    }

    @Test
    void enablingAnAccountOrLeavingItsRoleAsItIsEndsNothing() throws Exception {
        Cookie editor = signedIn(account("revoked-kim", Role.EDITOR));
        Cookie admin = signedIn("admin", "test-admin-password");
        mvc.perform(post("/admin/accounts/revoked-kim/enabled").cookie(admin).with(csrf()).param("enabled", "true"));
        mvc.perform(post("/admin/accounts/revoked-kim/role").cookie(admin).with(csrf()).param("role", "EDITOR"));
        mvc.perform(get("/companies/new").cookie(editor)).andExpect(status().isOk());
    }

    private String account(String username, Role role) {
        jdbc.update("insert into account (username, password_hash, role) values (?, ?, ?)", username,
                encoder.encode(PASSWORD), role.name());
        return username;
    }

    private Cookie signedIn(String username) throws Exception {
        return signedIn(username, PASSWORD);
    }

    private Cookie signedIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                username);
    }
}
