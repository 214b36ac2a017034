package fi.kasvu.platform.assessment;

import fi.kasvu.platform.school.InvalidFieldException;

/**
 * Which value a term or year grade may take, by the core curriculum (chapter 6 as revised 1.8.2020): a whole number
 * 4-10; S/H only in a subject the municipality marks pass/fail (OP by default) or in the student's optional studies;
 * words only in grades 1-3, from grade 4 on a number.
 */
final class GradePolicy {

    private GradePolicy() {
    }

    /**
     * @param gradeLevel       the group's (or else the student's) grade level; null when unknown
     * @param passFailSubject  whether the subject may be marked S/H
     */
    static Score read(String value, Integer gradeLevel, boolean passFailSubject, boolean optional, String subject) {
        String text = value.strip();
        if (Character.isDigit(text.charAt(0))) {
            return Scale.WHOLE.read("value", text);
        }
        if (text.equalsIgnoreCase("S") || text.equalsIgnoreCase("H")) {
            if (!passFailSubject && !optional) {
                throw new InvalidFieldException("value", "S/H is not allowed in " + subject + ": only in subjects "
                        + "marked pass/fail (such as OP) and in optional studies; give a whole number 4-10");
            }
            return Scale.PASS_FAIL.read("value", text);
        }
        if (!verbalAllowed(gradeLevel)) {
            throw new InvalidFieldException("value", "a verbal assessment is allowed only in grades 1-3"
                    + (gradeLevel == null ? " and the grade level is not known" : ", this is grade " + gradeLevel)
                    + "; give a whole number 4-10");
        }
        return Scale.VERBAL.read("value", text);
    }

    static boolean verbalAllowed(Integer gradeLevel) {
        return gradeLevel != null && gradeLevel >= 1 && gradeLevel <= 3;
    }
}
