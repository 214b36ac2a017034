package fi.kasvu.platform.oneroster.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of one import as it is built: problems (the first ones kept, all counted), rows read per file with the
 * file's mode, rows written per table. Stored as JSON in {@code roster_import.report}. Nothing in it is a personal
 * identity code: problems with a code name the field and the rule, never the value.
 */
final class ImportReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int keep;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, String> modes = new LinkedHashMap<>();
    private final Map<String, Long> changes = new LinkedHashMap<>();

    ImportReport(int keep) {
        this.keep = keep;
    }

    void problem(String file, long line, String field, String message) {
        problemCount++;
        if (problems.size() < keep) {
            problems.add(new ImportProblem(file, line, field, message));
        }
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    long problemCount() {
        return problemCount;
    }

    /** How many more problems are worth looking for before the report is full. */
    int room() {
        return Math.max(1, keep - problems.size());
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    void rows(String file, String mode, long count) {
        rows.put(file, count);
        modes.put(file, mode);
    }

    Map<String, Long> rows() {
        return Map.copyOf(rows);
    }

    void changed(String table, long count) {
        changes.merge(table, count, Long::sum);
    }

    Map<String, Long> changes() {
        return new LinkedHashMap<>(changes);
    }

    String json(long elapsedMillis) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        rows.forEach((file, count) -> files.addObject().put("file", file).put("mode", modes.get(file)).put("rows", count));
        ObjectNode written = root.putObject("changes");
        changes.forEach(written::put);
        root.put("problemCount", problemCount);
        ArrayNode list = root.putArray("problems");
        for (ImportProblem problem : problems) {
            ObjectNode node = list.addObject().put("file", problem.file()).put("line", problem.line())
                    .put("message", problem.message());
            node.put("field", problem.field());
        }
        root.put("elapsedMillis", elapsedMillis);
        return JSON.writeValueAsString(root);
    }

    /** The report read back from its JSON. */
    static Read read(String json) {
        JsonNode root = JSON.readTree(json);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (JsonNode file : root.path("files")) {
            rows.put(file.path("file").asString(), file.path("rows").asLong());
        }
        Map<String, Long> changes = new LinkedHashMap<>();
        root.path("changes").properties().forEach(entry -> changes.put(entry.getKey(), entry.getValue().asLong()));
        List<ImportProblem> problems = new ArrayList<>();
        for (JsonNode problem : root.path("problems")) {
            problems.add(new ImportProblem(problem.path("file").asString(null), problem.path("line").asLong(),
                    problem.path("field").isNull() ? null : problem.path("field").asString(null),
                    problem.path("message").asString()));
        }
        return new Read(rows, changes, problems, root.path("problemCount").asLong(), root.path("elapsedMillis").asLong());
    }

    record Read(Map<String, Long> rows, Map<String, Long> changes, List<ImportProblem> problems, long problemCount,
                long elapsedMillis) {
    }
}
