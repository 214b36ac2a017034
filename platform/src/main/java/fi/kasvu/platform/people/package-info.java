/**
 * The municipality's people: students (oppilaat), guardians (huoltajat) and staff, their guardianships and their
 * personal identity codes (henkilötunnukset), which are stored once, shown masked and revealed only with an audit entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package fi.kasvu.platform.people;
