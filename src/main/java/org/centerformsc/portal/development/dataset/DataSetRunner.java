package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.development.DemoAccount;
import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The {@code dataset} profile: once the application is ready (so after the demo data, which the data set builds
 * on), fills an empty database with the data set at {@code portal.dataset.scale}. A database that has it already
 * is left alone, so later starts just serve it. Never part of production (docs/dataset.md).
 */
@Component
@Profile("dataset & !prod")
class DataSetRunner {

    private static final Logger log = LoggerFactory.getLogger(DataSetRunner.class);

    private final DataSource dataSource;
    private final Gazetteer gazetteer;
    private final ObjectProvider<DevelopmentIdentityProvider> identityProvider;
    private final double scale;

    DataSetRunner(DataSource dataSource, Gazetteer gazetteer,
                  ObjectProvider<DevelopmentIdentityProvider> identityProvider,
                  @Value("${portal.dataset.scale:1.0}") double scale) {
        this.dataSource = dataSource;
        this.gazetteer = gazetteer;
        this.identityProvider = identityProvider;
        this.scale = scale;
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateIfAbsent() {
        DataSetGenerator generator = new DataSetGenerator(dataSource, gazetteer);
        if (generator.isGenerated()) {
            log.info("Data set already in place; not generating it again");
            return;
        }
        log.info("Generating the data set at scale {}: this takes a few minutes", scale);
        generator.generate(DataSetShape.scaled(scale),
                new DataSetGenerator.DemoMembers(demoMember("participant"), demoMember("donor"), memberIssuer()));
    }

    /** The development provider's, so that the data set's members can sign in through it. */
    private String memberIssuer() {
        DevelopmentIdentityProvider provider = identityProvider.getIfAvailable();
        return provider == null ? MemberRows.ISSUER : provider.issuer();
    }

    /** The demo account's member, as the demo data registered it under the development provider's issuer. */
    private Optional<Long> demoMember(String username) {
        DevelopmentIdentityProvider provider = identityProvider.getIfAvailable();
        if (provider == null) {
            log.warn("No development identity provider: the demo {} gets no history", username);
            return Optional.empty();
        }
        DemoAccount account = DemoAccount.ALL.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();
        var identity = provider.identityOf(account);
        return new JdbcTemplate(dataSource).queryForList("SELECT id FROM member WHERE issuer = ? AND subject = ?",
                Long.class, identity.issuer(), identity.subject()).stream().findFirst();
    }
}
