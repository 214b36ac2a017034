package fi.kasvu.platform.lessons;

/** What an imported timetable file did: the classes whose timetable it replaced, the slots and lessons it made. */
public record TimetableImport(int classes, int slots, int lessons) {
}
