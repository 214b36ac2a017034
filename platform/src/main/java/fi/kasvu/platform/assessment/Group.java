package fi.kasvu.platform.assessment;

import java.util.UUID;

/** A class or teaching group as assessment needs it: its school, school year, grade level and subject. */
record Group(UUID id, String title, String type, UUID schoolId, UUID schoolYearId, Integer gradeLevel,
             String subjectCode) {

    boolean homeroom() {
        return "homeroom".equals(type);
    }
}
