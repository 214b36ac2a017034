package fi.kasvu.platform.oneroster.rest;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of a resource's base query as the JSON of OneRoster 1.2: references to other records as GUIDRefs
 * ({@code href}, {@code sourcedId}, {@code type}), dates as {@code YYYY-MM-DD}, times in UTC, absent values left out.
 */
public final class Representation {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<List<Map<String, Object>>> ROLES = new TypeReference<>() { };

    private final String contextUrl;
    private final String baseUrl;

    /** @param contextUrl the application's address as the client reached it; {@code basePath} the service's path */
    Representation(String contextUrl, String basePath) {
        this.contextUrl = contextUrl;
        this.baseUrl = contextUrl + basePath;
    }

    Map<String, Object> of(Resource resource, ResultSet row) throws SQLException {
        var json = new LinkedHashMap<String, Object>();
        json.put("sourcedId", row.getString("sourcedId"));
        json.put("status", row.getString("status"));
        Timestamp modified = row.getTimestamp("dateLastModified");
        json.put("dateLastModified", modified == null ? null : modified.toInstant().toString());
        switch (resource) {
            case ORGS -> {
                put(json, "name", row.getString("name"));
                put(json, "type", row.getString("type"));
                put(json, "identifier", row.getString("identifier"));
                put(json, "parent", ref("orgs", "org", row.getString("parent.sourcedId")));
                json.put("children", refs("orgs", "org", row.getArray("children")));
            }
            case ACADEMIC_SESSIONS -> {
                json.put("title", row.getString("title"));
                json.put("startDate", date(row.getDate("startDate")));
                json.put("endDate", date(row.getDate("endDate")));
                json.put("type", row.getString("type"));
                put(json, "parent", ref("academicSessions", "academicSession", row.getString("parent.sourcedId")));
                json.put("children", refs("academicSessions", "academicSession", row.getArray("children")));
                json.put("schoolYear", row.getString("schoolYear"));
                put(json, "org", ref("orgs", "org", row.getString("org.sourcedId")));
            }
            case COURSES -> {
                json.put("title", row.getString("title"));
                put(json, "schoolYear", ref("academicSessions", "academicSession", row.getString("schoolYear.sourcedId")));
                put(json, "courseCode", row.getString("courseCode"));
                json.put("grades", strings(row.getArray("grades")));
                json.put("subjects", strings(row.getArray("subjects")));
                put(json, "org", ref("orgs", "org", row.getString("org.sourcedId")));
                json.put("subjectCodes", strings(row.getArray("subjectCodes")));
            }
            case CLASSES -> {
                json.put("title", row.getString("title"));
                put(json, "classCode", row.getString("classCode"));
                json.put("classType", row.getString("classType"));
                put(json, "location", row.getString("location"));
                json.put("grades", strings(row.getArray("grades")));
                json.put("subjects", strings(row.getArray("subjects")));
                json.put("course", ref("courses", "course", row.getString("course.sourcedId")));
                json.put("school", ref("orgs", "org", row.getString("school.sourcedId")));
                json.put("terms", refs("academicSessions", "academicSession", row.getArray("terms")));
                json.put("subjectCodes", strings(row.getArray("subjectCodes")));
                json.put("periods", strings(row.getArray("periods")));
            }
            case USERS -> user(json, row);
            case ENROLLMENTS -> {
                json.put("user", ref("users", "user", row.getString("user.sourcedId")));
                json.put("class", ref("classes", "class", row.getString("class.sourcedId")));
                json.put("school", ref("orgs", "org", row.getString("school.sourcedId")));
                json.put("role", row.getString("role"));
                json.put("primary", row.getBoolean("primary"));
                put(json, "beginDate", date(row.getDate("beginDate")));
                put(json, "endDate", date(row.getDate("endDate")));
            }
            case DEMOGRAPHICS -> {
                put(json, "birthDate", date(row.getDate("birthDate")));
                put(json, "sex", row.getString("sex"));
                put(json, "countryOfBirthCode", row.getString("countryOfBirthCode"));
                put(json, "cityOfBirth", row.getString("cityOfBirth"));
            }
        }
        return json;
    }

    private void user(Map<String, Object> json, ResultSet row) throws SQLException {
        put(json, "username", row.getString("username"));
        json.put("enabledUser", row.getBoolean("enabledUser"));
        json.put("givenName", row.getString("givenName"));
        json.put("familyName", row.getString("familyName"));
        put(json, "middleName", row.getString("middleName"));
        put(json, "preferredFirstName", row.getString("preferredFirstName"));
        var roles = new ArrayList<Map<String, Object>>();
        String rolesJson = row.getString("roles");
        for (Map<String, Object> role : rolesJson == null ? List.<Map<String, Object>>of() : JSON.readValue(rolesJson, ROLES)) {
            var out = new LinkedHashMap<String, Object>();
            out.put("roleType", role.get("roleType"));
            out.put("role", role.get("role"));
            out.put("org", ref("orgs", "org", (String) role.get("org")));
            put(out, "beginDate", role.get("beginDate"));
            put(out, "endDate", role.get("endDate"));
            roles.add(out);
        }
        json.put("roles", roles);
        json.put("agents", refs("users", "user", row.getArray("agents")));
        put(json, "primaryOrg", ref("orgs", "org", row.getString("primaryOrg.sourcedId")));
        put(json, "identifier", row.getString("identifier"));
        put(json, "email", row.getString("email"));
        put(json, "sms", row.getString("sms"));
        put(json, "phone", row.getString("phone"));
        json.put("grades", strings(row.getArray("grades")));
    }

    /** The same request's view of another OneRoster service, e.g. the rostering service's records from the gradebook. */
    public Representation service(String basePath) {
        return new Representation(contextUrl, basePath);
    }

    /** A GUIDRef to a record of this service, or null when there is none. */
    public Map<String, Object> ref(String path, String type, String sourcedId) {
        if (sourcedId == null) {
            return null;
        }
        var ref = new LinkedHashMap<String, Object>();
        ref.put("href", baseUrl + "/" + path + "/" + UriUtils.encodePathSegment(sourcedId, StandardCharsets.UTF_8));
        ref.put("sourcedId", sourcedId);
        ref.put("type", type);
        return ref;
    }

    private List<Map<String, Object>> refs(String path, String type, Array ids) throws SQLException {
        return strings(ids).stream().map(id -> ref(path, type, id)).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        var strings = new ArrayList<String>(values.length);
        for (Object value : values) {
            strings.add((String) value);
        }
        return strings;
    }

    private static String date(Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
