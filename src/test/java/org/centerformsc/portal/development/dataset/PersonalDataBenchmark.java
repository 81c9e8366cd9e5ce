package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.privacy.PersonalDataDownload;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "Download my data" for the demo donor (200 gifts) on the data set's own database ({@code data/mariadb-dataset},
 * made by {@code ./mvnw -Pdataset}, which must not be running). A measurement, not a test (docs/benchmarks.md):
 * {@code ./mvnw test -Dtest=PersonalDataBenchmark}.
 */
@SpringBootTest
@ActiveProfiles("test")
class PersonalDataBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 30;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivacyService privacy;

    @DynamicPropertySource
    static void dataSet(DynamicPropertyRegistry registry) {
        DataSetDatabase.start(registry);
    }

    @AfterAll
    static void stopDatabase() {
        DataSetDatabase.stop();
    }

    @Test
    void downloadMyDataForTheDonor() {
        Map<String, Object> donor = jdbc.queryForMap("SELECT id, issuer, display_name, email FROM member "
                + "WHERE subject = 'donor' AND issuer LIKE 'http://127.0.0.1:%'");
        List<GrantedAuthority> roles = List.of(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + Roles.PARTICIPANT),
                new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + Roles.DONOR));
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(86_400),
                Map.of("iss", donor.get("issuer"), "sub", "donor", "name", donor.get("display_name"),
                        "email", donor.get("email"), "locale", "en-US"));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(new DefaultOidcUser(roles, token, "sub"), roles, "portal"));
        System.out.printf("%nDownload my data on %,d members, %,d gifts; the donor has %,d gifts%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM gift", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM gift WHERE member_id = ?", Long.class, donor.get("id")));
        double[] millis = new double[RUNS];
        int size = 0;
        double first = 0;
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            PersonalDataDownload download = privacy.myData();
            if (i == -WARM_UP) {
                first = (System.nanoTime() - start) / 1e6;
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                size = download.content().length;
            }
        }
        SecurityContextHolder.clearContext();
        Arrays.sort(millis);
        System.out.printf("download my data (donor): first %.1f ms, then median %.1f ms, p95 %.1f ms, max %.1f ms, "
                + "ZIP %,d bytes%n", first, millis[RUNS / 2], millis[RUNS * 95 / 100], millis[RUNS - 1], size);
    }
}
