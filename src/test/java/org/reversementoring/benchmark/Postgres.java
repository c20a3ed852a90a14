package org.reversementoring.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL server the benchmarks use: PGHOST, PGPORT, PGUSER, PGPASSWORD, default 127.0.0.1:5432 postgres. */
final class Postgres {

  private Postgres() {
  }

  static String url(String database) {
    return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
  }

  static String user() {
    return env("PGUSER", "postgres");
  }

  static String password() {
    return env("PGPASSWORD", "");
  }

  static void create(String database) throws SQLException {
    execute("postgres", "create database " + database);
  }

  /** A fresh copy of a database that nobody is connected to (PostgreSQL copies its files). */
  static void copy(String template, String copy) throws SQLException {
    drop(copy);
    execute("postgres", "create database " + copy + " template " + template);
  }

  static void drop(String database) throws SQLException {
    execute("postgres", "drop database if exists " + database + " with (force)");
  }

  static long count(String database, String query) throws SQLException {
    return firstValue(database, query, result -> result.getLong(1));
  }

  /**
   * The server settings that change what a benchmark on it measures: a server without
   * autovacuum (as some CI configurations have) keeps every dead row of the job table, and the
   * engine's job queries grow slower with every journey.
   */
  static String serverSettings() throws SQLException {
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
