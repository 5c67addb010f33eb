package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * What goes over the wire, over real HTTP (compression is the container's): pages and files compressed,
 * styles and scripts under content-hashed addresses kept for a year, and reading pages tagged so that a
 * browser asking again gets 304 until the data, the language or the reader changes. Same context as the
 * browser journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WireIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ThymeleafViewResolver views;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesAndFilesGoCompressedAndFilesAreKeptUnderTheirContentHash() throws Exception {
        HttpResponse<byte[]> page = get("/compare", "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        Document html = Jsoup.parse(gunzip(page.body()));
        assertThat(html.select("main")).isNotEmpty();

        String bootstrap = html.selectFirst("link[rel=stylesheet][href*=bootstrap]").attr("href");
        String ours = html.selectFirst("link[rel=stylesheet][href*=scorecard]").attr("href");
        String icon = html.selectFirst("link[rel=icon]").attr("href");
        assertThat(bootstrap).matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css");
        assertThat(ours).matches("/css/scorecard-[0-9a-f]{32}\\.css");
        assertThat(icon).matches("/img/icon-[0-9a-f]{32}\\.svg");
        for (String file : new String[] {bootstrap, ours, icon}) {
            HttpResponse<byte[]> kept = get(file, "Accept-Encoding", "gzip");
            assertThat(kept.statusCode()).as(file).isEqualTo(200);
            assertThat(kept.headers().firstValue("Cache-Control")).as(file)
                    .hasValue("public, max-age=31536000, immutable");
        }
        HttpResponse<byte[]> css = get(bootstrap, "Accept-Encoding", "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.body().length).as("the stylesheet compressed").isLessThan(40_000);

        // Under its plain address a file may change with a release: asked about each time.
        HttpResponse<byte[]> plain = get("/css/scorecard.css");
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        // A hash that is not the file's content is no file.
        assertThat(get(ours.replaceAll("-[0-9a-f]{32}", "-0123456789abcdef0123456789abcdef")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aReadingPageAskedForAgainIsNotSentAgainUntilTheDataOrTheLanguageChanges() throws Exception {
        HttpResponse<byte[]> first = get("/rankings");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
        assertThat(first.headers().firstValue("Vary").orElseThrow().toLowerCase()).contains("accept-language", "cookie");

        HttpResponse<byte[]> again = get("/rankings", "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("X-Accel-Expires")).as("nginx keeps its copy after a 304").hasValue("@1");

        HttpResponse<byte[]> chinese = get("/rankings?lang=zh-CN", "If-None-Match", tag);
        assertThat(chinese.statusCode()).as("another language, another page").isEqualTo(200);
        assertThat(chinese.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));

        jdbc.update("update data_version set version = version + 1");
        HttpResponse<byte[]> changed = get("/rankings", "If-None-Match", tag);
        assertThat(changed.statusCode()).as("the data moved on").isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);
    }

    /**
     * nginx stores nothing whose max-age is 0; X-Accel-Expires in the past has it store an anonymous page
     * already expired, so that it asks with the ETag every time (deploy/nginx). nginx 1.22 (Debian 12) reads
     * it only when it comes before Cache-Control, so the order on the wire is checked, on a raw connection.
     */
    @Test
    void anAnonymousPageTellsNginxToKeepItAndAskAgainEachTime() throws Exception {
        for (String path : new String[] {"/compare", "/products", "/api/v1/companies"}) {
            List<String> headers = rawHeaderNames(path);
            assertThat(headers).as(path).contains("x-accel-expires", "cache-control");
            assertThat(headers.indexOf("x-accel-expires")).as(path + ": before Cache-Control")
                    .isLessThan(headers.indexOf("cache-control"));
        }
        assertThat(get("/compare").headers().firstValue("X-Accel-Expires")).hasValue("@1");
        assertThat(get("/css/scorecard.css").headers().firstValue("X-Accel-Expires")).as("static files say max-age")
                .isEmpty();
    }

    /**
     * An anonymous reading page is drawn once per tag and then answered whole, headers and all, as nginx would:
     * a change made behind the application's back (the data version does not move) stays out of the kept page,
     * and shows as soon as the version moves. Signed-in readers always get a page drawn for them.
     */
    @Test
    void anAnonymousPageIsDrawnOnceAndKeptWholeUntilTheDataMoves() throws Exception {
        String name = jdbc.queryForObject("select name_en from company where slug = 'tencent'", String.class);
        HttpResponse<byte[]> drawn = get("/companies?sort=name");
        String tag = drawn.headers().firstValue("ETag").orElseThrow();
        try {
            jdbc.update("update company set name_en = 'Renamed Behind The Scorecard' where slug = 'tencent'");
            HttpResponse<byte[]> kept = get("/companies?sort=name");
            assertThat(new String(kept.body(), StandardCharsets.UTF_8)).as("the page kept under the same tag")
                    .isEqualTo(new String(drawn.body(), StandardCharsets.UTF_8)).contains(name)
                    .doesNotContain("Renamed Behind The Scorecard");
            for (String header : new String[] {"ETag", "Cache-Control", "Vary", "Content-Type", "Content-Language",
                    "X-Accel-Expires", "Content-Security-Policy", "X-Frame-Options"}) {
                assertThat(kept.headers().allValues(header)).as(header).isNotEmpty()
                        .isEqualTo(drawn.headers().allValues(header));
            }
            List<String> order = rawHeaderNames("/companies?sort=name");
            assertThat(order.indexOf("x-accel-expires")).as("nginx reads X-Accel-Expires first on a kept page too")
                    .isLessThan(order.indexOf("cache-control"));
            assertThat(get("/companies?sort=name", "If-None-Match", tag).statusCode()).isEqualTo(304);
            assertThat(new String(get("/companies?sort=name&lang=en").body(), StandardCharsets.UTF_8))
                    .as("a request that sets the language is drawn for it").contains("Renamed Behind The Scorecard");

            jdbc.update("update data_version set version = version + 1");
            HttpResponse<byte[]> moved = get("/companies?sort=name");
            assertThat(moved.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);
            assertThat(new String(moved.body(), StandardCharsets.UTF_8)).contains("Renamed Behind The Scorecard");
        } finally {
            jdbc.update("update company set name_en = ? where slug = 'tencent'", name);
            jdbc.update("update data_version set version = version + 1");
        }
    }

    /** Behind a proxy, an instance that dies mid-page must not have sent half of it (bench/cluster.sh). */
    @Test
    void aPageGoesOutOnlyOnceDrawnWhole() {
        assertThat(views.getProducePartialOutputWhileProcessing()).isFalse();
    }

    @Test
    void aSignedInReadersPagesStayInTheirBrowser() throws Exception {
        String anonymous = get("/companies").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String tokenCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().split(";")[0];
        String token = Jsoup.parse(form.body()).selectFirst("form.sign-in input[name=_csrf]").val();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", tokenCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow().split(";")[0];
        try {
            HttpResponse<byte[]> page = get("/companies", "Cookie", session);
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, max-age=0, must-revalidate");
            assertThat(page.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(anonymous);
            assertThat(page.headers().firstValue("X-Accel-Expires")).as("nothing for a shared cache to keep").isEmpty();
            assertThat(get("/companies", "Cookie", session, "If-None-Match", anonymous).statusCode())
                    .as("the anonymous page is not the signed-in one").isEqualTo(200);
        } finally {
            jdbc.update("delete from spring_session where principal_name = 'admin'");
        }
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The response's header names in the order they came, lower-cased, as a proxy reads them. */
    private List<String> rawHeaderNames(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            assertThat(in.readLine()).as(path).startsWith("HTTP/1.1 200");
            List<String> names = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                names.add(line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
