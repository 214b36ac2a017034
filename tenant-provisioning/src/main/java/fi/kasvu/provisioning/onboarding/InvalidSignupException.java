package fi.kasvu.provisioning.onboarding;

import java.util.List;

/** A sign-up that cannot be accepted; each problem names its field. */
public class InvalidSignupException extends RuntimeException {

    private final List<FieldProblem> problems;
    private final boolean conflict;

    InvalidSignupException(List<FieldProblem> problems, boolean conflict) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static InvalidSignupException invalid(List<FieldProblem> problems) {
        return new InvalidSignupException(problems, false);
    }

    static InvalidSignupException taken(String field, String message) {
        return new InvalidSignupException(List.of(new FieldProblem(field, message)), true);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** True when the sign-up is valid but collides with one that exists (the same address or municipality). */
    public boolean isConflict() {
        return conflict;
    }

    /** One field's problem, in words for the person filling in the form. */
    public record FieldProblem(String field, String message) {
    }
}
