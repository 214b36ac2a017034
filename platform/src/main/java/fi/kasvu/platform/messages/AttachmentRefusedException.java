package fi.kasvu.platform.messages;

import fi.kasvu.platform.school.InvalidFieldException;

/** A file that cannot be attached, on the field {@code attachments}, naming the file and why. Nothing was written. */
public class AttachmentRefusedException extends InvalidFieldException {

    /** Why the file was refused. */
    public enum Reason { TOO_LARGE, NOT_ALLOWED, EMPTY, NO_NAME, TOO_MANY }

    private final String fileName;
    private final Reason reason;

    public AttachmentRefusedException(String fileName, Reason reason, String problem) {
        super("attachments", problem);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public Reason reason() {
        return reason;
    }
}
