/**
 * The OneRoster 1.2 rostering service, read-only, at {@code /ims/oneroster/rostering/v1p2} on a municipality's host,
 * and the registry of the third-party apps that may call it.
 */
@org.springframework.modulith.NamedInterface("rest")
package fi.kasvu.platform.oneroster.rest;
