package fi.kasvu.provisioning.invitation;

import java.util.List;

/** An invitation that cannot be sent as it is; each problem names its field ({@code name}, {@code email}, {@code roles}). */
public class InvalidInvitationException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidInvitationException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field's problem, in words for the person filling in the form. */
    public record FieldProblem(String field, String message) {
    }
}
