package fi.kasvu.ui.oneroster;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fi.kasvu.platform.oneroster.csv.ImportProblem;
import fi.kasvu.platform.oneroster.csv.ImportState;
import fi.kasvu.platform.oneroster.csv.RosterImportResult;

/** An import's outcome: what was read and written, and each problem by file, line and field. */
class ImportReportSection extends Section {

    private static final java.util.Set<String> TABLES = java.util.Set.of("org", "school", "academic_session", "course",
            "class_group", "class_term", "person", "person_identity_code", "demographics", "person_role",
            "guardianship", "enrollment");

    /** The import's state in the page's language. */
    static String state(ImportState state) {
        return com.vaadin.flow.i18n.I18NProvider.translate("oneroster.state." + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A table of the tenant's schema as a city admin calls what it holds; an unknown one keeps its name. */
    static String table(String table) {
        return TABLES.contains(table) ? com.vaadin.flow.i18n.I18NProvider.translate("oneroster.table." + table) : table;
    }

    private final Paragraph outcome = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();

    ImportReportSection() {
        setId("tuonnin-raportti");
        var heading = new H2(getTranslation("oneroster.report"));
        heading.setId("raportti-otsikko");
        getElement().setAttribute("aria-labelledby", "raportti-otsikko");
        outcome.setId("tuonnin-tulos");
        problems.setId("tuonnin-ongelmat");
        problems.addColumn(problem -> problem.file() == null ? "zip" : problem.file()).setHeader(getTranslation("oneroster.column.file"))
                .setAutoWidth(true);
        problems.addColumn(problem -> problem.line() > 0 ? String.valueOf(problem.line()) : "").setHeader(getTranslation("oneroster.column.line"))
                .setAutoWidth(true);
        problems.addColumn(problem -> problem.field() == null ? "" : problem.field()).setHeader(getTranslation("oneroster.column.field"))
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader(getTranslation("oneroster.column.problem")).setFlexGrow(3);
        problems.setAllRowsVisible(true);
        add(heading, outcome, counts, problems);
        setVisible(false);
    }

    void show(String fileName, RosterImportResult result) {
        setVisible(true);
        outcome.setText(fileName + ": " + state(result.state()) + switch (result.state()) {
            case APPLIED -> getTranslation(result.totalChanges() == 0 ? "oneroster.outcome.unchanged"
                    : "oneroster.outcome.applied");
            case REJECTED -> getTranslation("oneroster.outcome.rejected", String.valueOf(result.problemCount()));
            case FAILED -> getTranslation("oneroster.outcome.failed");
            case RUNNING -> ".";
        });
        counts.setText(result.rows().isEmpty() ? "" : getTranslation("oneroster.read") + " "
                + result.rows().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> getTranslation("oneroster.rows", entry.getKey(), String.valueOf(entry.getValue())))
                .collect(Collectors.joining(", "))
                + (result.applied() ? ". " + getTranslation("oneroster.saved") + " " + result.changes().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> table(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", ")) : "") + ".");
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
    }
}
