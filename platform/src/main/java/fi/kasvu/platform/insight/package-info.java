/**
 * Governance insight: the municipality's and each school's figures (attendance trend, pupils absent 10 % or more,
 * grade distributions, support measures in force, open early-warning alerts), as aggregates only, with small-cell
 * suppression so that no figure tells about fewer than five pupils; exportable as CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance insight")
package fi.kasvu.platform.insight;
