package org.centerformsc.portal.development.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, start a real MariaDB before the
 * DataSource, so Flyway and JPA wait for it. With a URL configured this whole class stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${portal.embedded-db.folder:data/mariadb}") Path folder,
                                    @Value("${portal.embedded-db.port:0}") int port) {
        return EmbeddedMariaDb.start(folder, port);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, @Value("${portal.embedded-db.database:portal}") String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl(database));
        dataSource.setUsername("root");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
