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

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy H.mm")
            .withZone(ZoneId.of("Europe/Helsinki"));

    private final Grid<RosterImportSummary> imports = new Grid<>();

    ImportHistory(Consumer<RosterImportSummary> chosen) {
        var heading = new H2(getTranslation("oneroster.history"));
        heading.setId("historia-otsikko");
        getElement().setAttribute("aria-labelledby", "historia-otsikko");
        imports.setId("tuontihistoria");
        imports.addColumn(summary -> SHOWN.format(summary.startedAt())).setHeader(getTranslation("oneroster.column.started")).setAutoWidth(true);
        imports.addColumn(RosterImportSummary::fileName).setHeader(getTranslation("oneroster.column.file")).setAutoWidth(true);
        imports.addColumn(summary -> summary.mode() == null ? "" : summary.mode()).setHeader(getTranslation("oneroster.column.mode"));
        imports.addColumn(summary -> ImportReportSection.state(summary.state())).setHeader(getTranslation("oneroster.column.state"));
        imports.addColumn(RosterImportSummary::problemCount).setHeader(getTranslation("oneroster.column.problems"));
        imports.addColumn(RosterImportSummary::actor).setHeader(getTranslation("oneroster.column.actor")).setAutoWidth(true);
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
