package fi.kasvu.platform.oneroster.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A OneRoster CSV zip for tests: files built row by row by column name, or given as raw bytes. */
final class RosterZip {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private boolean withManifest = true;

    static RosterZip bulk() {
        var zip = new RosterZip();
        zip.manifest.put("manifest.version", "1.0");
        zip.manifest.put("oneroster.version", "1.2");
        return zip;
    }

    /** A row of a kept file; columns not given are blank. Declares the file bulk unless declared otherwise. */
    RosterZip row(String file, Map<String, String> values) {
        rows.computeIfAbsent(file, f -> new ArrayList<>()).add(values);
        manifest.putIfAbsent(key(file), "bulk");
        return this;
    }

    RosterZip raw(String file, byte[] content) {
        files.put(file, content);
        return this;
    }

    RosterZip raw(String file, String content) {
        return raw(file, content.getBytes(StandardCharsets.UTF_8));
    }

    RosterZip mode(String file, String mode) {
        manifest.put(key(file), mode);
        return this;
    }

    RosterZip manifest(String property, String value) {
        manifest.put(property, value);
        return this;
    }

    RosterZip withoutManifest() {
        withManifest = false;
        return this;
    }

    /** The header and rows of a kept file as CSV text. */
    String csv(String file) {
        var out = new StringWriter();
        var csv = new CsvWriter(out);
        try {
            List<String> header = RosterFile.named(file).header;
            csv.row(header);
            for (Map<String, String> row : rows.getOrDefault(file, List.of())) {
                csv.row(header.stream().map(column -> row.getOrDefault(column, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    byte[] bytes() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            if (withManifest) {
                var text = new StringBuilder("propertyName,value\r\n");
                manifest.forEach((key, value) -> text.append(key).append(',').append(value).append("\r\n"));
                put(zip, "manifest.csv", text.toString().getBytes(StandardCharsets.UTF_8));
            }
            for (String file : rows.keySet()) {
                if (!files.containsKey(file)) {
                    put(zip, file, csv(file).getBytes(StandardCharsets.UTF_8));
                }
            }
            for (var file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String key(String file) {
        return "file." + file.substring(0, file.length() - 4);
    }
}
