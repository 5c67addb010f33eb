package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP, where the container writes cookies and redirects: behind the trusted proxy
 * (127.0.0.1 by default) saying HTTPS, the sign-in cookies are Secure and pages ask for HSTS; a Host
 * header naming another site never becomes a redirect's target; a URL the firewall rejects gets the
 * application's 400 page with its headers. Same context as the browser journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxiedHttpsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void behindTheProxyOverHttpsTheSignInCookiesAreSecure() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        String tokenCookie = cookie(form, "XSRF-TOKEN");
        assertThat(tokenCookie).contains("Secure", "HttpOnly");
        String token = Jsoup.parse(form.body()).selectFirst("form.sign-in input[name=_csrf]").val();

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", tokenCookie.split(";")[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
        assertThat(cookie(signedIn, "SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
        jdbc.update("delete from spring_session where principal_name = 'admin'");

        // Plain HTTP straight to the application: no HSTS, no Secure flag (the browser would drop it).
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(plain, "XSRF-TOKEN")).doesNotContain("Secure");
    }

    @Test
    void aHostHeaderNamingAnotherSiteIsNeverWhereARedirectGoes() throws Exception {
        for (String extra : List.of("", "X-Forwarded-Host: evil.example\r\n")) {
            String answer = raw("GET /companies/new HTTP/1.1\r\nHost: evil.example\r\n" + extra
                    + "Connection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 302");
            assertThat(header(answer, "Location")).isEqualTo("/login");
        }
    }

    @Test
    void aUrlTheFirewallRejectsGetsThe400PageWithItsHeaders() throws Exception {
        for (String path : List.of("/products/trae;x=1", "/products%2Ftrae", "/products//trae")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(header(answer, "Content-Type")).as(path).startsWith("text/html");
            assertThat(header(answer, "Content-Security-Policy")).as(path).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(header(answer, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer).as(path).contains("That request did not make sense").doesNotContain("\"status\"");
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        return answer.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }
}
