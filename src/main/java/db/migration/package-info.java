/**
 * Flyway migrations that differ between H2 and PostgreSQL and so cannot be one SQL file; the SQL
 * migrations beside them are in src/main/resources/db/migration.
 */
package db.migration;
