package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Requests a reader (or a crawler, or an attacker) can make that used to end in a 500. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileRequestsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aGarbledLanguageCookieIsIgnoredAndReplacedByTheNextChoice() throws Exception {
        for (String garbled : List.of("xx-@@", "xx", "@@")) {
            for (String page : List.of("/login", "/", "/compare")) {
                MockHttpServletResponse response = mvc.perform(get(page).cookie(new Cookie("lang", garbled)))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(garbled + " " + page).isEqualTo(200);
                assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("html").attr("lang"))
                        .as(garbled + " " + page).isEqualTo("en");
            }
            Cookie replaced = mvc.perform(get("/").param("lang", "zh-CN").cookie(new Cookie("lang", garbled)))
                    .andReturn().getResponse().getCookie("lang");
            assertThat(replaced.getValue()).isEqualTo("zh-CN");
        }
        Cookie english = mvc.perform(get("/login").param("lang", "en").cookie(new Cookie("lang", "xx-@@")))
                .andReturn().getResponse().getCookie("lang");
        assertThat(english.getValue()).isEqualTo("en");
    }

    @Test
    void aLanguageTheSiteIsNotWrittenInIsNotRemembered() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").param("lang", "fr")).andReturn().getResponse();
        assertThat(response.getCookie("lang")).isNull();
        assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotAPage() throws Exception {
        assertThat(mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aParameterGivenTwiceIsShownAsItsValues() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/rankings?page=a&page=<b>")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst(".error-detail").text()).contains("“a, <b>”").doesNotContain("[Ljava");
        assertThat(response.getContentAsString()).doesNotContain("<b>");
    }
}
