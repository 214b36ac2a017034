package fi.kasvu.platform.oneroster.gradebook;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.kasvu.platform.assessment.Scale;
import fi.kasvu.platform.oneroster.rest.Field;
import fi.kasvu.platform.oneroster.rest.RecordKind;
import fi.kasvu.platform.oneroster.rest.Representation;

/**
 * The gradebook's records and where they come from: categories = {@code assessment_category}, line items =
 * {@code assessment}, results = {@code assessment_result}, score scales = Kasvu's fixed national {@link Scale}s.
 */
enum GradebookRecord implements RecordKind {

    CATEGORIES("categories", "category", """
            SELECT c.id, c.source_id AS "sourcedId", c.status AS "status", c.updated_at AS "dateLastModified",
                   c.title AS "title", c.weight AS "weight"
              FROM assessment_category c""",
            List.of(Field.text("title"), Field.number("weight"))),

    LINE_ITEMS("lineItems", "lineItem", """
            SELECT a.id, a.source_id AS "sourcedId", a.status AS "status", a.updated_at AS "dateLastModified",
                   a.title AS "title", a.description AS "description", a.assessment_date AS "assignDate",
                   a.assessment_date AS "dueDate", g.source_id AS "class.sourcedId", s.source_id AS "school.sourcedId",
                   c.source_id AS "category.sourcedId", y.source_id AS "academicSession.sourcedId",
                   'kasvu-' || replace(lower(a.scale), '_', '-') AS "scoreScale.sourcedId", a.scale AS scale
              FROM assessment a JOIN class_group g ON g.id = a.class_id JOIN school s ON s.id = g.school_id
                   JOIN course co ON co.id = g.course_id LEFT JOIN academic_session y ON y.id = co.school_year_id
                   LEFT JOIN assessment_category c ON c.id = a.category_id""",
            List.of(Field.text("title"), Field.text("description"), Field.date("assignDate"), Field.date("dueDate"),
                    Field.output("class"), Field.output("school"), Field.output("category"),
                    Field.output("academicSession"), Field.output("scoreScale"), Field.output("resultValueMin"),
                    Field.output("resultValueMax"), Field.text("class.sourcedId"), Field.text("school.sourcedId"),
                    Field.text("category.sourcedId"), Field.text("academicSession.sourcedId"),
                    Field.text("scoreScale.sourcedId"))),

    RESULTS("results", "result", """
            SELECT r.student_id AS id, r.source_id AS "sourcedId", r.status AS "status",
                   r.updated_at AS "dateLastModified", a.source_id AS "lineItem.sourcedId", p.source_id AS "student.sourcedId",
                   g.source_id AS "class.sourcedId", 'kasvu-' || replace(lower(a.scale), '_', '-') AS "scoreScale.sourcedId",
                   'fully graded' AS "scoreStatus", r.score AS "score", COALESCE(r.mark, r.verbal) AS "textScore",
                   (r.updated_at AT TIME ZONE 'UTC')::date AS "scoreDate", r.comment AS "comment"
              FROM assessment_result r JOIN assessment a ON a.id = r.assessment_id JOIN person p ON p.id = r.student_id
                   JOIN class_group g ON g.id = a.class_id""",
            List.of(Field.output("lineItem"), Field.output("student"), Field.output("class"),
                    Field.output("scoreScale"), Field.text("scoreStatus"), Field.number("score"),
                    Field.text("textScore"), Field.date("scoreDate"), Field.text("comment"),
                    Field.text("lineItem.sourcedId"), Field.text("student.sourcedId"), Field.text("class.sourcedId"),
                    Field.text("scoreScale.sourcedId"))) {
        @Override
        public String auditAction() {
            return RESULTS_READ;
        }
    },

    SCORE_SCALES("scoreScales", "scoreScale", scalesQuery(),
            List.of(Field.text("title"), Field.text("type"), Field.output("scoreScaleValue")));

    /** Each result served writes an audit row naming the client and the student: grades read by a service. */
    static final String RESULTS_READ = "oneroster.results.read";

    private final String collection;
    private final String single;
    private final String baseQuery;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    GradebookRecord(String collection, String single, String baseQuery, List<Field> own) {
        this.collection = collection;
        this.single = single;
        this.baseQuery = baseQuery;
        for (Field common : List.of(Field.text("sourcedId"), Field.text("status"), Field.timestamp("dateLastModified"))) {
            fields.put(common.name(), common);
        }
        own.forEach(field -> fields.put(field.name(), field));
    }

    /** The scoreScale sourcedId of a scale: {@code kasvu-marks}, {@code kasvu-whole}, {@code kasvu-pass-fail}, ... */
    static String sourcedIdOf(Scale scale) {
        return "kasvu-" + scale.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Scale scaleOf(String sourcedId) {
        return Arrays.stream(Scale.values()).filter(scale -> sourcedIdOf(scale).equals(sourcedId)).findFirst()
                .orElse(null);
    }

    private static String scalesQuery() {
        return "SELECT md5(v.s)::uuid AS id, v.s AS \"sourcedId\", 'active' AS \"status\", "
                + "timestamptz '2026-01-01T00:00:00Z' AS \"dateLastModified\", v.t AS \"title\", "
                + "v.k AS \"type\", v.c AS \"scale\" FROM (VALUES "
                + Arrays.stream(Scale.values()).map(scale -> "('" + sourcedIdOf(scale) + "', '"
                        + scale.label().replace("'", "''") + "', '" + (scale.numeric() ? "numeric" : "text") + "', '"
                        + scale.name() + "')").collect(Collectors.joining(", "))
                + ") v (s, t, k, c)";
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public String single() {
        return single;
    }

    @Override
    public String baseQuery() {
        return baseQuery;
    }

    @Override
    public Map<String, Field> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    @Override
    public Map<String, Object> represent(ResultSet row, Representation gradebook) throws SQLException {
        Representation roster = gradebook.service(GradebookController.ROSTERING);
        var json = new LinkedHashMap<String, Object>();
        json.put("sourcedId", row.getString("sourcedId"));
        json.put("status", row.getString("status"));
        Timestamp modified = row.getTimestamp("dateLastModified");
        json.put("dateLastModified", modified == null ? null : modified.toInstant().toString());
        switch (this) {
            case CATEGORIES -> {
                json.put("title", row.getString("title"));
                put(json, "weight", row.getBigDecimal("weight"));
            }
            case LINE_ITEMS -> {
                json.put("title", row.getString("title"));
                put(json, "description", row.getString("description"));
                json.put("assignDate", dateTime(row.getDate("assignDate")));
                json.put("dueDate", dateTime(row.getDate("dueDate")));
                json.put("class", roster.ref("classes", "class", row.getString("class.sourcedId")));
                json.put("school", roster.ref("orgs", "org", row.getString("school.sourcedId")));
                put(json, "category", gradebook.ref("categories", "category", row.getString("category.sourcedId")));
                put(json, "academicSession", roster.ref("academicSessions", "academicSession",
                        row.getString("academicSession.sourcedId")));
                json.put("scoreScale", gradebook.ref("scoreScales", "scoreScale", row.getString("scoreScale.sourcedId")));
                if (Scale.valueOf(row.getString("scale")).numeric()) {
                    json.put("resultValueMin", 4.0);
                    json.put("resultValueMax", 10.0);
                }
            }
            case RESULTS -> {
                json.put("lineItem", gradebook.ref("lineItems", "lineItem", row.getString("lineItem.sourcedId")));
                json.put("student", roster.ref("users", "user", row.getString("student.sourcedId")));
                json.put("class", roster.ref("classes", "class", row.getString("class.sourcedId")));
                json.put("scoreScale", gradebook.ref("scoreScales", "scoreScale", row.getString("scoreScale.sourcedId")));
                json.put("scoreStatus", row.getString("scoreStatus"));
                BigDecimal score = row.getBigDecimal("score");
                put(json, "score", score == null ? null : score.doubleValue());
                put(json, "textScore", row.getString("textScore"));
                json.put("scoreDate", row.getDate("scoreDate").toLocalDate().toString());
                put(json, "comment", row.getString("comment"));
            }
            case SCORE_SCALES -> {
                json.put("title", row.getString("title"));
                json.put("type", row.getString("type"));
                json.put("scoreScaleValue", values(Scale.valueOf(row.getString("scale"))));
            }
        }
        return json;
    }

    /** The values of a scale as the specification lists them: what is written (LHS) and what it stands for (RHS). */
    private static List<Map<String, Object>> values(Scale scale) {
        var values = new ArrayList<Map<String, Object>>();
        switch (scale) {
            case MARKS -> {
                for (int quarter = 16; quarter <= 40; quarter++) {
                    BigDecimal value = BigDecimal.valueOf(quarter).divide(BigDecimal.valueOf(4));
                    values.add(value(fi.kasvu.platform.assessment.Score.number(value).display(),
                            value.stripTrailingZeros().toPlainString()));
                }
            }
            case WHOLE -> {
                for (int grade = 4; grade <= 10; grade++) {
                    values.add(value(Integer.toString(grade), Integer.toString(grade)));
                }
            }
            case PASS_FAIL -> {
                values.add(value("S", "suoritettu (passed)"));
                values.add(value("H", "hylätty (failed)"));
            }
            case VERBAL -> values.add(value("sanallinen", "a verbal assessment in textScore"));
        }
        return values;
    }

    private static Map<String, Object> value(String lhs, String rhs) {
        var value = new LinkedHashMap<String, Object>();
        value.put("itemValueLHS", lhs);
        value.put("itemValueRHS", rhs);
        return value;
    }

    private static String dateTime(Date date) {
        return date == null ? null : date.toLocalDate() + "T00:00:00Z";
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
