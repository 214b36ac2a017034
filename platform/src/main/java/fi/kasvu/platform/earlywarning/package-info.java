/**
 * Early warning: the municipality's indicators of a pupil at risk of falling behind (absence hours on a ladder, the
 * share of lessons missed over a rolling window, failing grades, a drop in the grade average between terms),
 * recomputed for the pupils concerned as lessons are marked and results and grades recorded, with alerts to the
 * people responsible (homeroom teacher, special-needs teachers, principal) and what they did about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early warning")
package fi.kasvu.platform.earlywarning;
