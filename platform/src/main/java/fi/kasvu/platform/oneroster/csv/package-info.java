/**
 * The OneRoster 1.2 CSV binding: a zip of manifest.csv and one CSV per entity, imported into the tenant's school
 * structure all or nothing (streamed, staged through PostgreSQL COPY, checked and applied set-based) and exported in
 * the same format.
 */
@org.springframework.modulith.NamedInterface("csv")
package fi.kasvu.platform.oneroster.csv;
