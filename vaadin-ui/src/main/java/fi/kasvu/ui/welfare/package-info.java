/**
 * The pupil welfare register on the municipality's host: welfare staff's own page (oppilashuolto) for the pupils their
 * grants cover, and the grants page of the administration (hallinta/oppilashuolto) for principals and city admins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Welfare")
package fi.kasvu.ui.welfare;
