package fi.kasvu.ui.insight;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn on the server: no chart library in the browser, the municipality's colour through Lumo's
 * custom properties, and a title and description for screen readers (the figures are beside each chart as a table).
 */
final class SvgCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;

    private SvgCharts() {
    }

    record Point(String label, Double value) {
    }

    /** A line of values over time (null values leave a gap), y from 0 to the largest value rounded up. */
    static String line(String title, String description, List<Point> points, String unit) {
        double max = Math.max(1, points.stream().filter(p -> p.value() != null).mapToDouble(Point::value).max().orElse(1));
        double top = Math.ceil(max / 5) * 5;
        var svg = open(title, description);
        axis(svg, top, unit);
        int n = Math.max(1, points.size() - 1);
        var path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + (WIDTH - LEFT - 8) * (points.size() == 1 ? 0.5 : (double) i / n);
            if (p.value() == null) {
                pen = false;
                continue;
            }
            double y = y(p.value(), top);
            path.append(pen ? " L" : " M").append(fmt(x)).append(',').append(fmt(y));
            pen = true;
            svg.append("<circle cx='").append(fmt(x)).append("' cy='").append(fmt(y))
                    .append("' r='3' style='fill: var(--lumo-primary-color)'/>");
            if (i % Math.max(1, points.size() / 8) == 0) {
                svg.append(label(x, HEIGHT - 8, p.label(), "middle"));
            }
        }
        svg.append("<path d='").append(path).append("' style='fill: none; stroke: var(--lumo-primary-color); "
                + "stroke-width: 2'/>");
        return svg.append("</svg>").toString();
    }

    /** Bars, one per label; a null value (suppressed) is drawn as a hatched stub labelled "<5". */
    static String bars(String title, String description, List<Point> bars, String unit) {
        double max = Math.max(1, bars.stream().filter(p -> p.value() != null).mapToDouble(Point::value).max().orElse(1));
        double top = Math.ceil(max / 5) * 5;
        var svg = open(title, description);
        axis(svg, top, unit);
        double slot = (WIDTH - LEFT - 8) / (double) Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Point bar = bars.get(i);
            double x = LEFT + slot * i + slot * 0.15;
            double w = slot * 0.7;
            if (bar.value() == null) {
                svg.append("<rect x='").append(fmt(x)).append("' y='").append(HEIGHT - BOTTOM - 6).append("' width='")
                        .append(fmt(w)).append("' height='6' style='fill: var(--lumo-contrast-30pct)'/>");
                svg.append(label(x + w / 2, HEIGHT - BOTTOM - 10, "<5", "middle"));
            } else {
                double y = y(bar.value(), top);
                svg.append("<rect x='").append(fmt(x)).append("' y='").append(fmt(y)).append("' width='").append(fmt(w))
                        .append("' height='").append(fmt(HEIGHT - BOTTOM - y))
                        .append("' style='fill: var(--lumo-primary-color)'/>");
            }
            svg.append(label(x + w / 2, HEIGHT - 8, bar.label(), "middle"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, String description) {
        return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("' class='kasvu-chart' aria-label='").append(escape(title))
                .append("'><title>").append(escape(title)).append("</title><desc>").append(escape(description))
                .append("</desc>");
    }

    private static void axis(StringBuilder svg, double top, String unit) {
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = y(value, top);
            svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - 4).append("' y1='").append(fmt(y))
                    .append("' y2='").append(fmt(y)).append("' style='stroke: var(--lumo-contrast-10pct)'/>");
            svg.append(label(LEFT - 6, y + 4, fmt(value) + unit, "end"));
        }
    }

    private static double y(double value, double top) {
        return TOP + (HEIGHT - BOTTOM - TOP) * (1 - value / top);
    }

    private static String label(double x, double y, String text, String anchor) {
        return "<text x='" + fmt(x) + "' y='" + fmt(y) + "' text-anchor='" + anchor
                + "' style='font-size: 11px; fill: var(--lumo-body-text-color)'>" + escape(text) + "</text>";
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
