package fi.kasvu.platform.school;

/**
 * Input that cannot be taken, naming the field ({@code "name: a school needs a name"}) so that a form can show the
 * problem beside it; when it is thrown, nothing was written.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
