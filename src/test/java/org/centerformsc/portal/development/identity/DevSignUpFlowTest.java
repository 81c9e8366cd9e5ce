package org.centerformsc.portal.development.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development provider's sign-up over HTTP, as a browser goes through it: the portal's authorization request
 * with prompt=create, the form, a refused attempt, the account, and back to the portal with a code whose ID token
 * names the newcomer.
 */
class DevSignUpFlowTest {

    private static final String PORTAL = "http://127.0.0.1:1";
    private static final String REDIRECT = PORTAL + "/login/oauth2/code/portal";
    private static DevIdentityProvider provider;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private String language = "en";

    @BeforeAll
    static void start() {
        provider = DevIdentityProvider.start(0, PORTAL, null);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void promptCreateShowsTheFormAndTheNewAccountContinuesBackToThePortalSignedIn() throws Exception {
        String email = "newcomer-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> authorize = get(authorizeUrl("create"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).endsWith("/signup");

        HttpResponse<String> form = get(location(authorize));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Create an account").contains("name=\"repeated\"");

        HttpResponse<String> refused = post("/signup", Map.of("name", "Mía Novák", "email", email,
                "password", "short", "repeated", "short", "_csrf", csrf(form.body())));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose a password of at least 8 characters.")
                .contains("value=\"Mía Novák\"").doesNotContain("value=\"short\"");

        HttpResponse<String> created = post("/signup", Map.of("name", "Mía Novák", "email", email,
                "password", "a good password", "repeated", "a good password", "_csrf", csrf(refused.body())));
        assertThat(created.statusCode()).isEqualTo(302);
        HttpResponse<String> continued = get(location(created));
        assertThat(continued.statusCode()).isEqualTo(302);
        String back = location(continued);
        assertThat(back).startsWith(REDIRECT + "?code=").contains("state=journey");

        JsonNode idToken = idToken(back.replaceAll(".*code=([^&]+).*", "$1"));
        assertThat(idToken.path("sub").asText()).isEqualTo(email);
        assertThat(idToken.path("name").asText()).isEqualTo("Mía Novák");
        assertThat(idToken.path("email").asText()).isEqualTo(email);
        assertThat(idToken.path("locale").asText()).isEqualTo("en");
        assertThat(idToken.path("email_verified").asBoolean(true)).isFalse();
        assertThat(idToken.path("roles").toString()).isEqualTo("[\"participant\"]");
    }

    @Test
    void aSpanishVisitorReadsWhatIsWrongInSpanish() throws Exception {
        language = "es";
        HttpResponse<String> form = get(provider.issuer() + "/signup");

        HttpResponse<String> refused = post("/signup", Map.of("name", "Someone", "email", "participant",
                "password", "a good password", "repeated", "another password", "_csrf", csrf(form.body())));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Escribe una dirección de correo como nombre@example.org.")
                .contains("lang=\"es\"");
    }

    @Test
    void anAddressThatHasAnAccountIsTaken() throws Exception {
        HttpResponse<String> form = get(provider.issuer() + "/signup");

        HttpResponse<String> refused = post("/signup", Map.of("name", "Alex", "email",
                "Participant@Demo.CenterForMSC.invalid", "password", "a good password", "repeated", "a good password",
                "_csrf", csrf(form.body())));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("An account with this e-mail address already exists. Sign in instead.");
    }

    @Test
    void withoutPromptCreateTheSignInFormComesWithALinkToCreateAnAccount() throws Exception {
        HttpResponse<String> authorize = get(authorizeUrl(null));
        assertThat(location(authorize)).endsWith("/login");

        assertThat(get(location(authorize)).body()).contains("href=\"signup\"");
    }

    private String authorizeUrl(String prompt) {
        return provider.issuer() + "/oauth2/authorize?response_type=code&client_id=portal"
                + "&scope=openid%20profile%20email&state=journey&nonce=n-1&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + (prompt == null ? "" : "&prompt=" + prompt);
    }

    private JsonNode idToken(String code) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((DevIdentityProvider.CLIENT_ID + ":"
                + provider.clientRegistration().getClientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", code, "redirect_uri", REDIRECT)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String jwt = new ObjectMapper().readTree(token.body()).path("id_token").asText();
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(provider.issuer() + path)).header("Accept", "text/html")
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith("http") ? location : provider.issuer() + location;
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }
}
