package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.development.database.EmbeddedMariaDb;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * The data set's own database ({@code data/mariadb-dataset}, made by {@code ./mvnw -Pdataset}, which must not be
 * running) for a benchmark: started on a free port before the benchmark's context, stopped after its class.
 */
final class DataSetDatabase {

    private static EmbeddedMariaDb database;

    private DataSetDatabase() {
    }

    /** Starts the database and points the portal at it, in production mode as members get the portal. */
    static void start(DynamicPropertyRegistry registry) {
        database = EmbeddedMariaDb.start(Path.of("data", "mariadb-dataset"), 0);
        registry.add("spring.datasource.url", () -> database.jdbcUrl("portal"));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("vaadin.productionMode", () -> "true");
    }

    static String jdbcUrl() {
        return database.jdbcUrl("portal");
    }

    static void stop() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
