package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A garbled CSRF token is a refused form (403, saying so), never a server error with a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class GarbledCsrfTokenTest {

    /** The right length for a masked token, but its halves do not unmask to text. */
    static final String GARBLED = "A".repeat(48) + "_".repeat(48);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGarbledTokenOnTheSignInFormIsRefusedWithAMessage(CapturedOutput log) throws Exception {
        Cookie[] form = mvc.perform(get("/login")).andReturn().getResponse().getCookies();
        for (String token : List.of(GARBLED, "not base64 at all %%%", "A".repeat(20_000), "")) {
            MockHttpServletResponse response = mvc.perform(post("/login").cookie(form).param("_csrf", token)
                    .param("username", "admin").param("password", "test-admin-password")).andReturn().getResponse();
            assertThat(response.getStatus()).as(token).isEqualTo(403);
            assertThat(response.getCookie("SESSION")).isNull();
        }
        assertThat(log.getAll()).doesNotContain("ERROR").doesNotContain("Decoding failed");
    }

    @Test
    void aGarbledTokenOnAnEditorsFormStoresNothing(CapturedOutput log) throws Exception {
        int before = jdbc.queryForObject("select count(*) from company", Integer.class);
        MockHttpServletResponse response = mvc.perform(post("/companies").with(user("erin").roles("EDITOR"))
                .param("_csrf", GARBLED).param("slug", "garbled").param("nameEn", "Garbled")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from company", Integer.class)).isEqualTo(before);
        assertThat(log.getAll()).doesNotContain("ERROR");
    }
}
