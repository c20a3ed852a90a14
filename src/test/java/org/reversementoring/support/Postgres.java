package org.reversementoring.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server that tests and benchmarks use: PGHOST, PGPORT, PGUSER, PGPASSWORD,
 * default 127.0.0.1:5432 postgres, with the right to create databases.
 */
public final class Postgres {

  private Postgres() {
  }

  /** A test needing the server is skipped when it cannot be reached, unless REQUIRE_POSTGRES=true (CI): then it fails. */
  public static void requireReachable() {
    try (Connection ignored = DriverManager.getConnection(url("postgres") + "?connectTimeout=5", user(), password())) {
      // reachable
    } catch (SQLException unreachable) {
      String why = "PostgreSQL not reachable at " + url("postgres") + " as " + user() + ": " + unreachable.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"))) {
        Assertions.fail(why + " (REQUIRE_POSTGRES=true)");
      }
      Assumptions.abort(why);
    }
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
  }

  public static String user() {
    return env("PGUSER", "postgres");
  }

  public static String password() {
    return env("PGPASSWORD", "");
  }

  public static void create(String database) throws SQLException {
    execute("postgres", "create database " + database);
  }

  /**
   * A fresh copy of a database that nobody is connected to. From PostgreSQL 15 on, its files are
   * copied and flushed before this returns ({@code strategy file_copy}, with a checkpoint after
   * it); its default, copying through the write-ahead log, leaves gigabytes to be written while
   * whatever comes next is measured.
   */
  public static void copy(String template, String copy) throws SQLException {
    drop(copy);
    boolean fileCopy = firstValue("postgres", "select current_setting('server_version_num')::int >= 150000",
        result -> result.getBoolean(1));
    execute("postgres", "create database " + copy + " template " + template + (fileCopy ? " strategy file_copy" : ""));
  }

  public static void drop(String database) throws SQLException {
    execute("postgres", "drop database if exists " + database + " with (force)");
  }

  public static long count(String database, String query) throws SQLException {
    return firstValue(database, query, result -> result.getLong(1));
  }

  /**
   * The server settings that change what a benchmark on it measures: a server without
   * autovacuum (as some CI configurations have) keeps every dead row of the job table, and the
   * engine's job queries grow slower with every journey.
   */
  public static String serverSettings() throws SQLException {
    return firstValue("postgres", "select string_agg(name || ' ' || setting, ', ' order by name) from pg_settings"
        + " where name in ('autovacuum', 'synchronous_commit', 'fsync', 'server_version')", result -> result.getString(1));
  }

  private interface Column<T> {
    T read(ResultSet result) throws SQLException;
  }

  private static <T> T firstValue(String database, String query, Column<T> column) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(database), user(), password());
        Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery(query)) {
      result.next();
      return column.read(result);
    }
  }

  private static void execute(String database, String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(database), user(), password());
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
