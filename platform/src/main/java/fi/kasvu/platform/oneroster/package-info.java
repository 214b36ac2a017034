/**
 * 1EdTech OneRoster 1.2 over the municipality's school structure: the CSV binding (import and export of a zip with
 * manifest.csv, bulk and delta) in {@code csv}, and the rostering REST API at
 * {@code /ims/oneroster/rostering/v1p2} in {@code rest}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OneRoster")
package fi.kasvu.platform.oneroster;
