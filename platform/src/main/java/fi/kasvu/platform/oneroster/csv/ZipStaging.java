package fi.kasvu.platform.oneroster.csv;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reading phase: the zip's entries, in whatever order they come, streamed row by row through the checks of each
 * field into the staging tables. manifest.csv may come anywhere in the zip; what it declares is compared with what
 * was found once the zip has been read.
 */
final class ZipStaging {

    static final String MANIFEST = "manifest.csv";
    private static final int PROGRESS_EVERY = 5_000;

    private final Connection connection;
    private final RosterCsvSettings settings;
    private final ImportReport report;
    private final ImportProgress progress;
    private final Map<RosterFile, Long> staged = new EnumMap<>(RosterFile.class);
    private Map<String, String> manifest;

    ZipStaging(Connection connection, RosterCsvSettings settings, ImportReport report, ImportProgress progress) {
        this.connection = connection;
        this.settings = settings;
        this.report = report;
        this.progress = progress;
    }

    /** Reads the zip; returns each kept file's mode (bulk or delta) when the zip and its manifest agree, else null. */
    Map<RosterFile, Mode> read(InputStream zip) throws IOException, SQLException {
        try (var entries = new ZipEntries(zip, settings)) {
            ZipEntries.Entry entry;
            while ((entry = entries.next()) != null) {
                entry(entry);
            }
        } catch (ZipRefusedException refused) {
            report.problem(null, 0, null, refused.getMessage());
            return null;
        } catch (ZipEntries.ZipBombException bomb) {
            report.problem(null, 0, null, bomb.getMessage());
            return null;
        } catch (java.util.zip.ZipException damaged) {
            report.problem(null, 0, null, "the zip is damaged (" + damaged.getMessage() + ")");
            return null;
        }
        return modes();
    }

    private void entry(ZipEntries.Entry entry) throws IOException, SQLException {
        String name = entry.name();
        if (name.equals(MANIFEST)) {
            manifest = new Manifest(settings, report).read(entry.content());
            return;
        }
        RosterFile file = RosterFile.named(name);
        if (file != null) {
            long rows = stage(file, entry.content());
            staged.put(file, rows);
            report.rows(file.fileName, "undeclared", rows); // the manifest's mode replaces it, once it is known
        } else {
            report.rows(name, "not read", 0);
        }
    }

    private long stage(RosterFile file, InputStream content) throws IOException, SQLException {
        var csv = new CsvReader(content, settings.maxFieldBytes());
        try (var copy = new Staging.Copy(connection, file)) {
            try {
                if (!csv.next()) {
                    report.problem(file.fileName, 1, null, "the file is empty; it needs at least its header");
                    return 0;
                }
                String[] header = header(file, csv);
                if (header == null) {
                    return 0;
                }
                Row row = new Row(file.fileName, header, report);
                while (csv.next()) {
                    row.reset(csv);
                    String[] values = row.ok() ? file.conversion.convert(row) : null;
                    if (values != null) {
                        copy.row(row.line(), values);
                        if (copy.rows() % PROGRESS_EVERY == 0) {
                            progress.advanced(ImportPhase.READING, file.fileName, copy.rows());
                        }
                    }
                }
            } catch (CsvSyntaxException syntax) {
                report.problem(file.fileName, syntax.line(), null, syntax.getMessage());
            }
            progress.advanced(ImportPhase.READING, file.fileName, copy.rows());
            return copy.rows();
        }
    }

    /** The header exactly as the specification has it; extension columns (metadata.*) may follow and are ignored. */
    private String[] header(RosterFile file, CsvReader csv) {
        String[] found = new String[csv.size()];
        List<String> missing = new ArrayList<>(file.header);
        for (int i = 0; i < csv.size(); i++) {
            if (!csv.isUtf8(i)) {
                report.problem(file.fileName, 1, null, "the header is not UTF-8 text");
                return null;
            }
            found[i] = csv.field(i).strip();
            missing.remove(found[i]);
        }
        if (missing.size() == file.header.size()) {
            report.problem(file.fileName, 1, null, "the first line is not the header of " + file.fileName
                    + " in OneRoster 1.2: " + String.join(",", file.header));
            return null;
        }
        boolean ok = true;
        for (String column : missing) {
            report.problem(file.fileName, 1, column, "the header has no column " + column);
            ok = false;
        }
        for (int i = 0; i < found.length; i++) {
            boolean expectedHere = i < file.header.size() && file.header.get(i).equals(found[i]);
            if (expectedHere || (i >= file.header.size() && found[i].startsWith("metadata."))) {
                continue;
            }
            ok = false;
            if (file.header.contains(found[i])) {
                report.problem(file.fileName, 1, found[i], "column " + (i + 1) + " should be "
                        + (i < file.header.size() ? file.header.get(i) : "an extension (metadata.*)")
                        + "; the columns come in the specification's order: " + String.join(",", file.header));
            } else {
                report.problem(file.fileName, 1, Row.shown(found[i]), "not a column of " + file.fileName
                        + " in OneRoster 1.2 (extensions are named metadata.*)");
            }
        }
        return ok ? found : null;
    }

    /** Compares the manifest with the files found. */
    private Map<RosterFile, Mode> modes() {
        if (manifest == null) {
            report.problem(MANIFEST, 0, null, "the zip has no manifest.csv; OneRoster 1.2 requires one");
            return null;
        }
        Map<RosterFile, Mode> modes = new LinkedHashMap<>();
        for (RosterFile file : RosterFile.values()) {
            String declared = manifest.get(file.manifestKey);
            boolean present = staged.containsKey(file);
            Mode mode = declared == null ? Mode.ABSENT : Mode.valueOf(declared.toUpperCase(java.util.Locale.ROOT));
            if (present && mode == Mode.ABSENT) {
                report.problem(MANIFEST, 0, file.manifestKey, file.fileName + " is in the zip but the manifest says "
                        + (declared == null ? "nothing of it" : "absent"));
            } else if (!present && mode != Mode.ABSENT) {
                report.problem(MANIFEST, 0, file.manifestKey, "the manifest says " + declared + " but the zip has no "
                        + file.fileName);
            }
            if (present) {
                report.rows(file.fileName, mode.name().toLowerCase(java.util.Locale.ROOT), staged.get(file));
            }
            modes.put(file, mode);
        }
        return report.hasProblems() ? null : modes;
    }

    enum Mode {
        BULK, DELTA, ABSENT
    }
}
