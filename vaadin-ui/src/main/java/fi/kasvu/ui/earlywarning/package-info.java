/**
 * Early warning on the municipality's host: the alerts of the pupils a teacher, special-needs teacher or principal is
 * responsible for, with what was done (varhainen-tuki), their card on the home page, and the municipality's
 * indicators for city admins (hallinta/varhainen-tuki).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early warning UI")
package fi.kasvu.ui.earlywarning;
