package fi.kasvu.platform.assessment;

import java.util.UUID;

import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A row of a grid that cannot be taken, so none of the grid was saved: names the row (from 0), the student and, as
 * an {@link InvalidFieldException}, the field ({@code score}, {@code value}, {@code comment}) and what is wrong.
 */
public class RowRefusedException extends InvalidFieldException {

    private final int row;
    private final UUID studentId;

    RowRefusedException(int row, UUID studentId, String studentName, InvalidFieldException cause) {
        super(cause.field(), "row " + (row + 1) + " (" + studentName + "): " + cause.problem());
        this.row = row;
        this.studentId = studentId;
    }

    public int row() {
        return row;
    }

    public UUID studentId() {
        return studentId;
    }
}
