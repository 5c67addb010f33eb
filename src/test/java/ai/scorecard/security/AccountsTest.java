package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccountsTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdministratorCreatesAnEditorWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/admin/accounts").with(ADMIN).with(csrf()).param("username", "bob")
                .param("role", "EDITOR").param("password", "a long enough secret")).andExpect(redirectedUrl("/admin/accounts"));
        Account bob = accounts.findByUsername("bob").orElseThrow();
        assertThat(bob.getRole()).isEqualTo(Role.EDITOR);
        assertThat(encoder.matches("a long enough secret", bob.getPasswordHash())).isTrue();
        mvc.perform(post("/login").with(csrf()).param("username", "bob").param("password", "a long enough secret"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void everyAccountRuleIsAnsweredNextToItsFieldAndNothingIsStored() throws Exception {
        long before = accounts.count();
        refused("Bob Smith", "a long enough secret", "username",
                "Use 2 to 60 lower-case letters, digits, dots, hyphens or underscores.");
        refused("admin", "a long enough secret", "username", "This username is taken.");
        refused("carol", "short", "password", "A password has 12 to 128 characters.");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aDisabledAccountCannotSignInAndAResetPasswordWorks() throws Exception {
        accounts.save(new Account("dave", encoder.encode("the first password"), Role.EDITOR));
        mvc.perform(post("/admin/accounts/dave/enabled").with(ADMIN).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/login").with(csrf()).param("username", "dave").param("password", "the first password"))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/accounts/dave/enabled").with(ADMIN).with(csrf()).param("enabled", "true"));
        mvc.perform(post("/admin/accounts/dave/password").with(ADMIN).with(csrf()).param("password", "the second password"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/login").with(csrf()).param("username", "dave").param("password", "the second password"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/admin/accounts/dave/role").with(ADMIN).with(csrf()).param("role", "ADMIN"));
        assertThat(accounts.findByUsername("dave").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        mvc.perform(post("/admin/accounts/admin/role").with(ADMIN).with(csrf()).param("role", "EDITOR"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/accounts/admin/enabled").with(ADMIN).with(csrf()).param("enabled", "false"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    private void refused(String username, String password, String field, String message) throws Exception {
        String html = mvc.perform(post("/admin/accounts").with(ADMIN).with(csrf()).param("username", username)
                .param("role", "EDITOR").param("password", password)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#" + field + "-error").text()).isEqualTo(message);
        assertThat(page.selectFirst("#username").val()).isEqualTo(username);
        assertThat(html).doesNotContain(password.equals("short") ? "value=\"short\"" : "value=\"" + password + "\"");
    }
}
