/**
 * The OneRoster 1.2 gradebook service at {@code /ims/oneroster/gradebook/v1p2}: categories, line items (assessments),
 * results and score scales, read with the rostering service's paging, filter, sort and fields, and written by
 * learning services with PUT and DELETE.
 */
package fi.kasvu.platform.oneroster.gradebook;
