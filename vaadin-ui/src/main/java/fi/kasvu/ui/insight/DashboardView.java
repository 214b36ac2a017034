package fi.kasvu.ui.insight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.insight.Dashboard;
import fi.kasvu.platform.insight.DashboardCsv;
import fi.kasvu.platform.insight.Dashboards;
import fi.kasvu.platform.insight.Figure;
import fi.kasvu.platform.insight.SchoolChoice;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dashboards (tilannekuva): the municipality for governance and city admins, each school for them and for its
 * principal. Every chart has its figures beside it as a table, and every count under five pupils reads "<5".
 */
@Route(value = DashboardView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"GOVERNANCE", "CITY_ADMIN", "PRINCIPAL"})
class DashboardView extends Div implements HasDynamicTitle {

    static final String ROUTE = "tilannekuva";
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d.M.");
    private static final UUID MUNICIPALITY = new UUID(0, 0);

    private final Dashboards dashboards;
    private final Actor actor;
    private final Div content = new Div();

    DashboardView(Dashboards dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.actor = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("dashboards need a signed-in "
                + "person")).actor();
        var choices = new ArrayList<SchoolChoice>();
        boolean municipality = actor.hasRole(Dashboards.GOVERNANCE) || actor.isCityAdmin();
        if (municipality) {
            choices.add(new SchoolChoice(MUNICIPALITY, getTranslation("insight.municipality")));
        }
        choices.addAll(dashboards.schoolsFor(actor));
        var which = new ComboBox<SchoolChoice>(getTranslation("insight.which"), choices);
        which.setId("tilannekuva-valinta");
        which.setItemLabelGenerator(SchoolChoice::name);
        which.addValueChangeListener(change -> show(change.getValue()));
        content.setId("tilannekuva");
        add(new H1(getTranslation("insight.title")), new Paragraph(getTranslation("insight.intro")), which, content);
        if (!choices.isEmpty()) {
            which.setValue(choices.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title");
    }

    private void show(SchoolChoice choice) {
        content.removeAll();
        if (choice == null) {
            return;
        }
        Dashboard d = choice.id().equals(MUNICIPALITY) ? dashboards.municipality(actor)
                : dashboards.school(actor, choice.id());
        content.add(new H2(choice.name()), keyFigures(d), csv(d), trend(d), alerts(d), support(d), grades(d));
        if (!d.schools().isEmpty()) {
            content.add(schools(d));
        }
    }

    private Component keyFigures(Dashboard d) {
        var figures = new Div(figure("insight.pupils", d.pupils()), figure("insight.chronic", d.chronic()));
        figures.addClassName("kasvu-figures");
        return figures;
    }

    private Component figure(String key, Figure value) {
        var number = new Span(value.shown());
        number.addClassName("kasvu-figure-value");
        var box = new Div(number, new Span(getTranslation(key)));
        box.addClassName("kasvu-figure");
        return box;
    }

    private Component trend(Dashboard d) {
        var points = d.trend().stream().map(w -> new SvgCharts.Point(WEEK.format(w.monday()), w.absentPercent()))
                .toList();
        var table = table(List.of(getTranslation("insight.week"), getTranslation("insight.absentPercent")),
                d.trend().stream().map(w -> List.of(WEEK.format(w.monday()),
                        w.absentPercent() == null ? "<5" : String.valueOf(w.absentPercent()))).toList());
        return chartSection("trendi", getTranslation("insight.trend"), SvgCharts.line(getTranslation("insight.trend"),
                getTranslation("insight.trend.description"), points, " %"), table);
    }

    private Component alerts(Dashboard d) {
        var bars = d.alerts().stream().map(c -> new SvgCharts.Point(getTranslation("insight.indicator." + c.what()),
                value(c.pupils()))).toList();
        var table = table(List.of(getTranslation("insight.indicator"), getTranslation("insight.pupilsCount")),
                d.alerts().stream().map(c -> List.of(getTranslation("insight.indicator." + c.what()),
                        c.pupils().shown())).toList());
        return chartSection("halytykset", getTranslation("insight.alerts"), SvgCharts.bars(getTranslation(
                "insight.alerts"), getTranslation("insight.alerts.description"), bars, ""), table);
    }

    private Component support(Dashboard d) {
        var bars = d.support().stream().map(c -> new SvgCharts.Point(String.valueOf(d.support().indexOf(c) + 1),
                value(c.pupils()))).toList();
        var table = table(List.of("#", getTranslation("insight.measure"), getTranslation("insight.pupilsCount")),
                d.support().stream().map(c -> List.of(String.valueOf(d.support().indexOf(c) + 1),
                        getTranslation("insight.measure." + c.what()), c.pupils().shown())).toList());
        return chartSection("tuki", getTranslation("insight.support"), SvgCharts.bars(getTranslation("insight.support"),
                getTranslation("insight.support.description"), bars, ""), table);
    }

    private Component grades(Dashboard d) {
        var header = new ArrayList<String>(List.of(getTranslation("insight.subject"), getTranslation("insight.level")));
        for (int grade = 4; grade <= 10; grade++) {
            header.add(String.valueOf(grade));
        }
        var rows = d.grades().stream().map(r -> {
            var row = new ArrayList<String>(List.of(r.subject(), r.gradeLevel() == null ? "" : r.gradeLevel().toString()));
            r.byGrade().forEach(f -> row.add(f.shown()));
            return (List<String>) row;
        }).toList();
        var section = new Section(heading("arvosanat", getTranslation("insight.grades")));
        section.getElement().setAttribute("aria-labelledby", "tilannekuva-arvosanat");
        if (!d.grades().isEmpty()) {
            var total = new int[7];
            var hidden = new boolean[7];
            d.grades().forEach(r -> {
                for (int i = 0; i < 7; i++) {
                    Figure f = r.byGrade().get(i);
                    if (f.suppressed()) {
                        hidden[i] = true;
                    } else {
                        total[i] += f.value();
                    }
                }
            });
            var bars = new ArrayList<SvgCharts.Point>();
            for (int i = 0; i < 7; i++) {
                bars.add(new SvgCharts.Point(String.valueOf(i + 4), (double) total[i]));
            }
            section.add(new Html("<div>" + SvgCharts.bars(getTranslation("insight.grades"),
                    getTranslation("insight.grades.description"), bars, "") + "</div>"));
        }
        section.add(table(header, rows));
        return section;
    }

    private Component schools(Dashboard d) {
        return new Section(heading("koulut", getTranslation("insight.schools")), table(List.of(
                getTranslation("insight.school"), getTranslation("insight.pupils"), getTranslation("insight.chronic"),
                getTranslation("insight.openAlerts")), d.schools().stream().map(s -> List.of(s.name(),
                s.pupils().shown(), s.chronic().shown(), s.openAlerts().shown())).toList()));
    }

    private Component csv(Dashboard d) {
        byte[] bytes = DashboardCsv.of(d).getBytes(StandardCharsets.UTF_8);
        var handler = DownloadHandler.fromInputStream(download -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "tilannekuva.csv", "text/csv; charset=UTF-8", bytes.length));
        var link = new Anchor(handler, getTranslation("insight.csv"));
        link.setId("tilannekuva-csv");
        return new Paragraph(link);
    }

    private Section chartSection(String id, String title, String svg, Component table) {
        var section = new Section(heading(id, title), new Html("<div>" + svg + "</div>"));
        section.getElement().setAttribute("aria-labelledby", "tilannekuva-" + id);
        var figures = new Details(getTranslation("insight.asTable"), table);
        section.add(figures);
        return section;
    }

    private static H2 heading(String id, String title) {
        var heading = new H2(title);
        heading.setId("tilannekuva-" + id);
        return heading;
    }

    private static Double value(Figure figure) {
        return figure.suppressed() ? null : figure.value().doubleValue();
    }

    /** A plain HTML table, so screen readers announce rows and columns. */
    private static Component table(List<String> header, List<List<String>> rows) {
        var table = new Element("table");
        table.getClassList().add("kasvu-table");
        var head = new Element("tr");
        header.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        rows.forEach(row -> {
            var tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        });
        table.appendChild(body);
        var wrapper = new Div();
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
