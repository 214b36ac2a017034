/**
 * Governance insight on the municipality's host (tilannekuva): the municipality's and each school's dashboards drawn
 * as charts with their figures beside them as tables, every count already suppressed below five pupils, and a CSV
 * export of the same figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package fi.kasvu.ui.insight;
