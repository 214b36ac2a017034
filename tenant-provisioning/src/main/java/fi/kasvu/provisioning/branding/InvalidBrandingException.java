package fi.kasvu.provisioning.branding;

import java.util.List;

/**
 * A look the portal cannot take; each problem names its field ({@code displayName}, {@code brandName},
 * {@code primaryColour} or {@code logo}), so a form can show it there. Nothing was changed.
 */
public class InvalidBrandingException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidBrandingException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    static InvalidBrandingException of(String field, String message) {
        return new InvalidBrandingException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field's problem, in words for the city admin. */
    public record FieldProblem(String field, String message) {
    }
}
