package org.centerformsc.portal;

import org.centerformsc.portal.development.database.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts one real MariaDB for the whole test run, before any Spring context, and points every context at it
 * through {@code spring.datasource.url}. A fresh folder each run, so every run starts from the migrations.
 */
public class SharedTestDatabase implements LauncherSessionListener {

    private static final Path FOLDER = Path.of("target", "test-mariadb");
    private static EmbeddedMariaDb database;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (database != null) {
            return;
        }
        deleteRecursively(FOLDER);
        database = EmbeddedMariaDb.start(FOLDER, 0);
        System.setProperty("spring.datasource.url", database.jdbcUrl("portal_test"));
        System.setProperty("spring.datasource.username", "root");
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
