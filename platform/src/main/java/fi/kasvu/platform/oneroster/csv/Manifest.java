package fi.kasvu.platform.oneroster.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * manifest.csv: propertyName,value rows. Kasvu reads manifest.version 1.0, oneroster.version 1.2 and the
 * file.&lt;name&gt; properties (bulk, delta or absent); source.* and other properties are accepted and not used.
 */
final class Manifest {

    private static final Set<String> FILE_MODES = Set.of("bulk", "delta", "absent");
    private static final int MAX_ROWS = 200;

    private final RosterCsvSettings settings;
    private final ImportReport report;

    Manifest(RosterCsvSettings settings, ImportReport report) {
        this.settings = settings;
        this.report = report;
    }

    /** The properties, or an empty map (with the problems reported) when the manifest cannot be used. */
    Map<String, String> read(InputStream content) throws IOException {
        String file = ZipStaging.MANIFEST;
        Map<String, String> properties = new HashMap<>();
        var csv = new CsvReader(content, settings.maxFieldBytes());
        try {
            if (!csv.next() || csv.size() != 2 || !"propertyName".equals(csv.field(0)) || !"value".equals(csv.field(1))) {
                report.problem(file, 1, null, "the header must be propertyName,value");
                return properties;
            }
            while (csv.next()) {
                if (csv.line() > MAX_ROWS) {
                    report.problem(file, csv.line(), null, "a manifest has at most " + MAX_ROWS + " rows");
                    return properties;
                }
                if (csv.size() != 2 || !csv.isUtf8(0) || !csv.isUtf8(1)) {
                    report.problem(file, csv.line(), null, "a row is propertyName,value in UTF-8");
                    continue;
                }
                String name = csv.field(0).strip();
                String value = csv.field(1).strip();
                if (properties.put(name, value) != null) {
                    report.problem(file, csv.line(), name, "given twice");
                }
                if (name.startsWith("file.") && !FILE_MODES.contains(value)) {
                    report.problem(file, csv.line(), name, "'" + Row.shown(value) + "' is not bulk, delta or absent");
                    properties.remove(name);
                }
            }
        } catch (CsvSyntaxException syntax) {
            report.problem(file, syntax.line(), null, syntax.getMessage());
            return properties;
        }
        expect(properties, "manifest.version", "1.0");
        expect(properties, "oneroster.version", "1.2");
        return properties;
    }

    private void expect(Map<String, String> properties, String name, String value) {
        String found = properties.get(name);
        if (found == null) {
            report.problem(ZipStaging.MANIFEST, 0, name, "missing; Kasvu reads " + name + " " + value);
        } else if (!found.equals(value)) {
            report.problem(ZipStaging.MANIFEST, 0, name, "'" + Row.shown(found) + "' is not supported; Kasvu reads "
                    + value);
        }
    }
}
