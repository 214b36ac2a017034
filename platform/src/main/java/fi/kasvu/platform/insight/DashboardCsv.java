package fi.kasvu.platform.insight;

import java.util.stream.Collectors;

/**
 * A dashboard as CSV (RFC 4180, UTF-8): one section per figure, a blank line between, suppressed cells as "<5".
 * The same suppressed figures as the page: the export never tells more than the screen.
 */
public final class DashboardCsv {

    private DashboardCsv() {
    }

    public static String of(Dashboard dashboard) {
        var csv = new StringBuilder();
        csv.append("dashboard,").append(quote(dashboard.title())).append("\r\n");
        csv.append("school year from,").append(dashboard.yearStart()).append("\r\n");
        csv.append("pupils,").append(dashboard.pupils().shown()).append("\r\n");
        csv.append("pupils absent 10% or more,").append(dashboard.chronic().shown()).append("\r\n\r\n");
        csv.append("week,absent %\r\n");
        dashboard.trend().forEach(week -> csv.append(week.monday()).append(',')
                .append(week.absentPercent() == null ? "<5" : week.absentPercent()).append("\r\n"));
        csv.append("\r\nsubject,grade level,4,5,6,7,8,9,10\r\n");
        dashboard.grades().forEach(row -> csv.append(row.subject()).append(',')
                .append(row.gradeLevel() == null ? "" : row.gradeLevel()).append(',')
                .append(row.byGrade().stream().map(Figure::shown).collect(Collectors.joining(","))).append("\r\n"));
        csv.append("\r\nsupport measure in force,pupils\r\n");
        dashboard.support().forEach(c -> csv.append(c.what()).append(',').append(c.pupils().shown()).append("\r\n"));
        csv.append("\r\nopen alerts,pupils\r\n");
        dashboard.alerts().forEach(c -> csv.append(c.what()).append(',').append(c.pupils().shown()).append("\r\n"));
        if (!dashboard.schools().isEmpty()) {
            csv.append("\r\nschool,pupils,absent 10% or more,open alerts\r\n");
            dashboard.schools().forEach(s -> csv.append(quote(s.name())).append(',').append(s.pupils().shown())
                    .append(',').append(s.chronic().shown()).append(',').append(s.openAlerts().shown()).append("\r\n"));
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
