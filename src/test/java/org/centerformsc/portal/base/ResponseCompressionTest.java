package org.centerformsc.portal.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and Vaadin's UIDL answers travel compressed to a browser that accepts gzip (docs/decisions/028), on the
 * real server and its real port, as a browser asks: the page, the UI's start and an in-app navigation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResponseCompressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void thePageIsCompressed() {
        HttpResponse<byte[]> page = get("/privacy");

        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).contains("<html");
    }

    @Test
    void uidlAnswersAreCompressed() throws IOException {
        get("/privacy");
        HttpResponse<byte[]> start = get("/?v-r=init&location=privacy&query=");
        assertThat(start.headers().firstValue("Content-Encoding")).hasValue("gzip");
        JsonNode uidl = JSON.readTree(gunzip(start.body())).path("appConfig").path("uidl");
        int uiId = uidl.path("v-uiId").asInt();

        HttpResponse<byte[]> navigation = post("/?v-r=uidl&v-uiId=" + uiId, """
                {"csrfToken": "%s", "syncId": %d, "clientId": 0, "rpc": [{"type": "event", "node": 1,
                 "event": "ui-navigate", "data": {"route": "accessibility", "query": "", "appShellTitle": "",
                 "historyState": {"idx": 1}, "trigger": ""}}]}
                """.formatted(uidl.path("Vaadin-Security-Key").asText(), uidl.path("syncId").asInt()));

        assertThat(navigation.statusCode()).isEqualTo(200);
        assertThat(navigation.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(navigation.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(navigation.body())).contains("\"syncId\":" + (uidl.path("syncId").asInt() + 1))
                .contains("accessibility");
    }

    @Test
    void nothingIsCompressedForABrowserThatDoesNotAsk() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/privacy")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(page.body()).contains("<html");
    }

    private HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build());
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
