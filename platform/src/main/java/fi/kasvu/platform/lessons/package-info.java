/**
 * Lessons (oppitunnit): the weekly timetable (lukujärjestys) of each class and teaching group within a school year or
 * term, the municipality's and schools' holidays (lomat), and the dated lessons the timetable expands into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lessons")
package fi.kasvu.platform.lessons;
