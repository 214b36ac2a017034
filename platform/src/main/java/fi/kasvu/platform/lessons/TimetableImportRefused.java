package fi.kasvu.platform.lessons;

import java.util.List;

import fi.kasvu.platform.school.InvalidFieldException;

/** A timetable file that was not imported at all, with every problem found in it, each naming its row and column. */
public class TimetableImportRefused extends InvalidFieldException {

    private final List<CsvProblem> problems;

    public TimetableImportRefused(List<CsvProblem> problems) {
        super("file", problems.stream().limit(20).map(CsvProblem::toString)
                .reduce((a, b) -> a + "; " + b).orElse("the file is empty"));
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
