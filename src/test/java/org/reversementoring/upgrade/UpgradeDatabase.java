package org.reversementoring.upgrade;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The database both releases run on, one after the other: an H2 file under target/ (the default
 * installation) or a fresh PostgreSQL database (production), created for the run as user
 * {@code postgres} on 127.0.0.1:5432 (PGHOST, PGPORT, PGUSER, PGPASSWORD override) and dropped at
 * the end unless {@code -Dupgrade.keep-database=true}. Without PostgreSQL the PostgreSQL variant is
 * skipped, unless REQUIRE_POSTGRES=true (CI): then it fails.
 */
final class UpgradeDatabase implements AutoCloseable {

  enum Kind { H2, POSTGRES }

  private static final String PG_HOST = env("PGHOST", "127.0.0.1");
  private static final String PG_PORT = env("PGPORT", "5432");
  private static final String PG_USER = env("PGUSER", "postgres");
  private static final String PG_PASSWORD = env("PGPASSWORD", "");

  private final Kind kind;
  private final String name;
  private final String url;
  private final String user;
  private final String password;

  private UpgradeDatabase(Kind kind, String name, String url, String user, String password) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static UpgradeDatabase create(Kind kind, Path directory) {
    return kind == Kind.H2 ? h2(directory) : freshPostgres();
  }

  /** An H2 file in this directory, as the demo installation keeps its data in ./data. */
  static UpgradeDatabase h2(Path directory) {
    Path file = directory.toAbsolutePath().resolve("h2").resolve("reverse-mentoring");
    return new UpgradeDatabase(Kind.H2, file.toString(), "jdbc:h2:file:" + file, "sa", "");
  }

  /** A new, empty PostgreSQL database of its own. */
  static UpgradeDatabase freshPostgres() {
    String database = "upgrade_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
        + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
    try (Connection admin = postgres("postgres"); Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
    } catch (SQLException e) {
      String why = "PostgreSQL not reachable on " + PG_HOST + ":" + PG_PORT + " as " + PG_USER + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"))) {
        Assertions.fail(why + " (REQUIRE_POSTGRES=true)");
      }
      Assumptions.abort(why);
    }
    return new UpgradeDatabase(Kind.POSTGRES, database,
        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database, PG_USER, PG_PASSWORD);
  }

  Kind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  String url() {
    return url;
  }

  /** The Spring arguments that point an app at this database. */
  List<String> springArguments() {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password));
    arguments.add(kind == Kind.POSTGRES ? "--spring.profiles.active=demo,postgres" : "--spring.profiles.active=demo");
    return arguments;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public void close() {
    if (kind != Kind.POSTGRES || Boolean.getBoolean("upgrade.keep-database")) {
      return;
    }
    try (Connection admin = postgres("postgres"); Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop " + name, e);
    }
  }

  @Override
  public String toString() {
    return kind + " " + url;
  }

  private static Connection postgres(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database
        + "?connectTimeout=5", PG_USER, PG_PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
