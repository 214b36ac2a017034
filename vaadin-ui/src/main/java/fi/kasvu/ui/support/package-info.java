/**
 * Support for learning on the municipality's host: the pupil's single support document for their teachers, the
 * school's special-needs teachers and principal (tuki), where teachers draft and the principal decides; and the
 * decisions made, read only, for the pupil and their guardian (oma-tuki, with a card on their home page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package fi.kasvu.ui.support;
