package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.AccessRefusedException;

/**
 * A guardian asked for the support of a student who is of age and has not allowed them: refused like any outsider,
 * but named apart so that the guardian can be told why (the student decides) rather than only that they may not.
 */
public class StudentOfAgeException extends AccessRefusedException {

    public StudentOfAgeException(String message) {
        super(message);
    }
}
