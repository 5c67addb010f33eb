package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is slowed per client address, and no stranger can lock anyone out. Committed
 * (throttle counts are written outside any transaction), so each test cleans up after itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void forget() {
        jdbc.update("delete from sign_in_throttle");
        jdbc.update("delete from spring_session where principal_name in ('admin', 'throttle-target')");
        jdbc.update("delete from account where username = 'throttle-target'");
    }

    @Test
    void anUnknownUsernameAndAWrongPasswordGetTheSameAnswer() throws Exception {
        jdbc.update("insert into account (username, password_hash, role, enabled) values ('throttle-target', ?, 'EDITOR', false)",
                encoder.encode("the right password"));
        MockHttpServletResponse wrongPassword = signIn("admin", "not the password", from("198.51.100.1"));
        MockHttpServletResponse unknown = signIn("nobody-of-that-name", "not the password", from("198.51.100.2"));
        MockHttpServletResponse disabled = signIn("throttle-target", "the right password", from("198.51.100.3"));
        for (MockHttpServletResponse response : List.of(wrongPassword, unknown, disabled)) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(response.getHeaderNames()).isEqualTo(wrongPassword.getHeaderNames());
            assertThat(response.getContentAsString()).isEqualTo(wrongPassword.getContentAsString());
        }
    }

    @Test
    void strangersHammeringTheAdministratorDoNotKeepThemOut() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("admin", "guess " + i, from("203.0.113.66"));
        }
        // The hammering client is throttled, even with the right password...
        assertThat(signIn("admin", "test-admin-password", from("203.0.113.66")).getRedirectedUrl())
                .isEqualTo("/login?throttled");
        // ...but the administrator, from their own address, signs in.
        assertThat(signIn("admin", "test-admin-password", from("198.51.100.7")).getRedirectedUrl()).isEqualTo("/");
        assertThat(signIn("admin", "test-admin-password", from("198.51.100.7")).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aHammeringClientIsToldItIsThrottledWhateverUsernameItTries() throws Exception {
        RequestPostProcessor hammer = from("203.0.113.9");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.PER_USERNAME + 1; i++) {
            answers.add(signIn("admin", "guess " + i, hammer).getRedirectedUrl());
        }
        assertThat(answers.subList(0, SignInThrottle.PER_USERNAME)).containsOnly("/login?error");
        assertThat(answers.get(SignInThrottle.PER_USERNAME)).isEqualTo("/login?throttled");
        // Other usernames, existing or not, are counted against the client as a whole.
        for (int i = 0; i < SignInThrottle.PER_CLIENT; i++) {
            signIn("someone-" + i, "guess", hammer);
        }
        for (String username : List.of("admin", "nobody-of-that-name", "someone-0")) {
            assertThat(signIn(username, "whatever", hammer).getRedirectedUrl()).as(username)
                    .isEqualTo("/login?throttled");
        }
        Document page = Jsoup.parse(mvc.perform(get("/login").param("throttled", "")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#sign-in-throttled").text())
                .isEqualTo("Too many sign-in attempts from your address. Wait 15 minutes, then try again.");
        assertThat(page.select("#sign-in-error")).isEmpty();
    }

    @Test
    void aForwardedForHeaderFromAClientIsNotBelievedSoItCannotEscapeTheThrottle() throws Exception {
        for (int i = 0; i < SignInThrottle.PER_USERNAME; i++) {
            String spoofed = "192.0.2." + i;
            signIn("admin", "guess " + i, request -> {
                request.setRemoteAddr("203.0.113.10");
                request.addHeader("X-Forwarded-For", spoofed);
                return request;
            });
        }
        assertThat(signIn("admin", "guess", from("203.0.113.10")).getRedirectedUrl()).isEqualTo("/login?throttled");
    }

    @Test
    void fortyParallelAttemptsCheckAtMostTheAllowedNumberOfPasswordsAndNeverFail() throws Exception {
        jdbc.update("insert into account (username, password_hash, role) values ('throttle-target', ?, 'EDITOR')",
                encoder.encode("the right password"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<MockHttpServletResponse>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "guess " + i;
                attempts.add(() -> signIn("throttle-target", guess, from("203.0.113.40")));
            }
            Map<String, Integer> answers = new TreeMap<>();
            for (Future<MockHttpServletResponse> attempt : pool.invokeAll(attempts)) {
                MockHttpServletResponse response = attempt.get();
                answers.merge(response.getStatus() + " " + response.getRedirectedUrl(), 1, Integer::sum);
            }
            // "?error" is a password checked and found wrong; "?throttled" was refused before any check.
            assertThat(answers.keySet()).containsOnly("302 /login?error", "302 /login?throttled");
            assertThat(answers.get("302 /login?error")).isEqualTo(SignInThrottle.PER_USERNAME);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The window passes: the same client may try again, and the table forgets old counts. */
    @Test
    void aThrottleLastsOneWindow() {
        MutableClock clock = new MutableClock();
        SignInThrottle throttle = new SignInThrottle(jdbc, clock);
        for (int i = 0; i < SignInThrottle.PER_USERNAME; i++) {
            assertThat(throttle.tryAcquire("admin", "203.0.113.77")).isTrue();
        }
        assertThat(throttle.tryAcquire("admin", "203.0.113.77")).isFalse();
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.tryAcquire("admin", "203.0.113.77")).isTrue();
        assertThat(throttle.tryAcquire("someone-else", "203.0.113.78")).isTrue();
        throttle.succeeded("admin", "203.0.113.77");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle", Integer.class)).isEqualTo(3);
    }

    private MockHttpServletResponse signIn(String username, String password, RequestPostProcessor client)
            throws Exception {
        return mvc.perform(post("/login").with(client).with(csrf()).param("username", username)
                .param("password", password)).andReturn().getResponse();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
