package fi.kasvu.provisioning.integration;

import java.util.List;

/** The registration has mistakes; each names its field. Nothing was created. */
public class InvalidAppException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidAppException(List<FieldProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid registration"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** What is wrong with one field. */
    public record FieldProblem(String field, String message) {
    }
}
