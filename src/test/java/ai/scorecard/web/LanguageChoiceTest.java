package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chinese, once chosen, stays: on the next pages, through sign-in (a new session) and after signing out.
 * The browser version of this walk is LanguageJourneyIT.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class LanguageChoiceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void chineseSurvivesNavigationSignInAndSignOut() throws Exception {
        MockHttpServletResponse chosen = mvc.perform(get("/").param("lang", "zh-CN")).andReturn().getResponse();
        Cookie lang = chosen.getCookie("lang");
        assertThat(lang).isNotNull();
        assertThat(lang.getValue()).isEqualTo("zh-CN");
        assertThat(lang.getMaxAge()).isPositive();

        // Another page, without ?lang: Chinese.
        Document compare = page(mvc.perform(get("/compare").cookie(lang)).andReturn().getResponse());
        assertThat(compare.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(compare.selectFirst("h1").text()).contains("字节跳动");

        MockHttpServletResponse loginForm = mvc.perform(get("/login").cookie(lang)).andReturn().getResponse();
        Cookie[] anonymous = loginForm.getCookies();
        Document login = page(loginForm);
        assertThat(login.selectFirst("h1").text()).isEqualTo("登录");

        // Signing in changes the session, not the language, and nothing clears the cookie.
        MvcResult signIn = mvc.perform(post("/login").cookie(lang).cookie(anonymous).with(csrf())
                .param("username", "admin").param("password", "test-admin-password")).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertNotCleared(signIn.getResponse());
        Cookie signedIn = signIn.getResponse().getCookie("SESSION");
        Document home = page(mvc.perform(get("/").cookie(lang, signedIn)).andReturn().getResponse());
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(home.selectFirst(".signed-in-as").text()).isEqualTo("当前用户：admin");
        assertThat(home.selectFirst("h1").text()).isEqualTo("谁把 AI 变成了生意？");

        MvcResult signOut = mvc.perform(post("/logout").cookie(lang, signedIn).with(csrf())).andReturn();
        assertThat(signOut.getResponse().getRedirectedUrl()).isEqualTo("/?signedOut");
        assertNotCleared(signOut.getResponse());
        Document after = page(mvc.perform(get("/").param("signedOut", "").cookie(lang)).andReturn().getResponse());
        assertThat(after.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(after.select(".signed-in-as")).isEmpty();
        assertThat(after.select(".site-header a[href='/login']").text()).isEqualTo("登录");
    }

    /** A refused form answers in the reader's language: the bundles' own messages and the validator's. */
    @Test
    @WithMockUser(username = "erin", roles = "EDITOR")
    void aRefusedFormAnswersInChinese() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/products/doubao/facts").cookie(new Cookie("lang", "zh-CN"))
                        .with(csrf()).param("metric", "DAU").param("value", "-1").param("qualifier", "ABOUT")
                        .param("asOf", "2026-09-30").param("provenance", "THIRD_PARTY").param("sourceTitle", "报告").param("sourceLanguage", "EN").param("sourceKind", "PRESS").param("sourceDateUnknown", "true")
                        .param("claim", " "))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        Document form = Jsoup.parse(response.getContentAsString());
        assertThat(form.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(form.selectFirst("#error-summary").text()).containsPattern("\\p{IsHan}");
        assertThat(form.selectFirst("#value-error").text()).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{3}");
        assertThat(form.selectFirst("#claim-error").text()).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{3}");
    }

    private static void assertNotCleared(MockHttpServletResponse response) {
        Cookie reset = response.getCookie("lang");
        if (reset != null) {
            assertThat(reset.getValue()).isEqualTo("zh-CN");
            assertThat(reset.getMaxAge()).isNotZero();
        }
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
