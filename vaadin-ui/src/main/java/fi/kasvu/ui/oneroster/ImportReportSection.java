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

    static final Map<ImportState, String> STATES = Map.of(ImportState.RUNNING, "Käynnissä",
            ImportState.APPLIED, "Tuotu", ImportState.REJECTED, "Hylätty", ImportState.FAILED, "Epäonnistui");

    static final Map<String, String> TABLES = Map.ofEntries(Map.entry("org", "organisaatiot"),
            Map.entry("school", "koulut"), Map.entry("academic_session", "lukuvuodet ja jaksot"),
            Map.entry("course", "kurssit"), Map.entry("class_group", "ryhmät"),
            Map.entry("class_term", "ryhmien jaksot"), Map.entry("person", "henkilöt"),
            Map.entry("person_identity_code", "henkilötunnukset"), Map.entry("demographics", "henkilötiedot"),
            Map.entry("person_role", "roolit"), Map.entry("guardianship", "huoltajuudet"),
            Map.entry("enrollment", "ryhmäjäsenyydet"));

    private final Paragraph outcome = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();

    ImportReportSection() {
        setId("tuonnin-raportti");
        var heading = new H2("Tuonnin raportti");
        heading.setId("raportti-otsikko");
        getElement().setAttribute("aria-labelledby", "raportti-otsikko");
        outcome.setId("tuonnin-tulos");
        problems.setId("tuonnin-ongelmat");
        problems.addColumn(problem -> problem.file() == null ? "zip" : problem.file()).setHeader("Tiedosto")
                .setAutoWidth(true);
        problems.addColumn(problem -> problem.line() > 0 ? String.valueOf(problem.line()) : "").setHeader("Rivi")
                .setAutoWidth(true);
        problems.addColumn(problem -> problem.field() == null ? "" : problem.field()).setHeader("Kenttä")
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader("Ongelma").setFlexGrow(3);
        problems.setAllRowsVisible(true);
        add(heading, outcome, counts, problems);
        setVisible(false);
    }

    void show(String fileName, RosterImportResult result) {
        setVisible(true);
        outcome.setText(fileName + ": " + STATES.get(result.state()) + switch (result.state()) {
            case APPLIED -> result.totalChanges() == 0 ? ". Tiedot olivat jo ajan tasalla; mitään ei muutettu."
                    : ". Kaikki tiedot tallennettiin.";
            case REJECTED -> ". Mitään ei tallennettu. Korjaa alla luetellut kohdat ja tuo tiedosto uudelleen ("
                    + result.problemCount() + " ongelmaa).";
            case FAILED -> ". Mitään ei tallennettu. Yritä hetken kuluttua uudelleen.";
            case RUNNING -> ".";
        });
        counts.setText(result.rows().isEmpty() ? "" : "Luettu: " + result.rows().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + entry.getValue() + " riviä").collect(Collectors.joining(", "))
                + (result.applied() ? ". Tallennettu: " + result.changes().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> TABLES.getOrDefault(entry.getKey(), entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", ")) : "") + ".");
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
    }
}
