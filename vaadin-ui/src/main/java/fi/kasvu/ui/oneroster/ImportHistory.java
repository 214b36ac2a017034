package fi.kasvu.ui.oneroster;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fi.kasvu.platform.oneroster.csv.RosterImportSummary;

/** The municipality's earlier imports, newest first; choosing one shows its report. */
class ImportHistory extends Section {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm")
            .withZone(ZoneId.of("Europe/Helsinki"));

    private final Grid<RosterImportSummary> imports = new Grid<>();

    ImportHistory(Consumer<RosterImportSummary> chosen) {
        var heading = new H2("Aiemmat tuonnit");
        heading.setId("historia-otsikko");
        getElement().setAttribute("aria-labelledby", "historia-otsikko");
        imports.setId("tuontihistoria");
        imports.addColumn(summary -> SHOWN.format(summary.startedAt())).setHeader("Aloitettu").setAutoWidth(true);
        imports.addColumn(RosterImportSummary::fileName).setHeader("Tiedosto").setAutoWidth(true);
        imports.addColumn(summary -> summary.mode() == null ? "" : summary.mode()).setHeader("Tapa");
        imports.addColumn(summary -> ImportReportSection.STATES.get(summary.state())).setHeader("Tila");
        imports.addColumn(RosterImportSummary::problemCount).setHeader("Ongelmia");
        imports.addColumn(RosterImportSummary::actor).setHeader("Tuoja").setAutoWidth(true);
        imports.setAllRowsVisible(true);
        imports.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                chosen.accept(change.getValue());
            }
        });
        add(heading, imports);
    }

    void show(List<RosterImportSummary> history) {
        imports.setItems(history);
    }
}
