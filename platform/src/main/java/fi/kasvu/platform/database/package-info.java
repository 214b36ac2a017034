/**
 * Database clusters: the one connection pool per PostgreSQL cluster, the control-plane schema and the embedded default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package fi.kasvu.platform.database;
