/**
 * Liquibase for tenant schemas: migrating one tenant, and upgrading the whole fleet as a resumable job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Migration")
package fi.kasvu.platform.migration;
