package fi.kasvu.platform.oneroster.csv;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.kasvu.platform.people.InvalidIdentityCodeException;
import fi.kasvu.platform.people.PersonalIdentityCode;

/**
 * Each file's row checks, field by field, as the specification and the tenant's tables require them. A row with
 * status tobedeleted needs only its sourcedId: it is a deletion, whatever else it says.
 */
final class RowConversions {

    static final Set<String> ORG_TYPES = Set.of("district", "department", "school", "local", "state", "national");
    static final Set<String> SESSION_TYPES = Set.of("schoolYear", "semester", "term", "gradingPeriod");
    static final Set<String> CLASS_TYPES = Set.of("homeroom", "scheduled");
    static final Set<String> ROLES = Set.of("aide", "counselor", "districtAdministrator", "guardian", "parent",
            "principal", "proctor", "relative", "siteAdministrator", "student", "systemAdministrator", "teacher");
    static final Set<String> ROLE_TYPES = Set.of("primary", "secondary");
    static final Set<String> ENROLLMENT_ROLES = Set.of("administrator", "proctor", "student", "teacher", "aide",
            "guardian", "parent");
    static final Set<String> SEXES = Set.of("male", "female", "other", "unspecified");
    /** userIds: {type:identifier} items; the identity code is the one of type HETU. */
    private static final Pattern USER_ID = Pattern.compile("\\{([^{}:]+):([^{}]*)}");
    private static final Pattern USER_IDS = Pattern.compile("(\\{[^{}:]+:[^{}]*}\\s*,?\\s*)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern YEAR = Pattern.compile("(19|20|21|22)[0-9]{2}");

    private RowConversions() {
    }

    static String[] org(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null} : null;
        }
        String name = row.text("name", true, 200);
        String type = row.oneOf("type", true, ORG_TYPES);
        String identifier = row.text("identifier", false, 255);
        String parent = row.sourcedId("parentSourcedId", false);
        if (id != null && id.equals(parent)) {
            row.problem("parentSourcedId", "an org cannot be its own parent");
        }
        String kind = "school".equals(type) && name != null ? schoolKind(name) : null;
        return row.ok() ? new String[] {id, status, modified, name, type, identifier, parent, kind} : null;
    }

    /**
     * The kind of a new school, from the words its name uses (lukio, gymnasium: upper secondary; ammatti-, yrkes-:
     * vocational; esiopetus, förskola: pre-primary); otherwise basic education. An existing school keeps its kind.
     */
    static String schoolKind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("lukio") || lower.contains("gymnasium")) {
            return "UPPER_SECONDARY";
        }
        if (lower.contains("ammatti") || lower.contains("ammatillinen") || lower.contains("yrkes")) {
            return "VOCATIONAL";
        }
        if (lower.contains("esiopetus") || lower.contains("förskol") || lower.contains("eskari")) {
            return "PRE_PRIMARY";
        }
        return "BASIC";
    }

    static String[] academicSession(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null, null} : null;
        }
        String title = row.text("title", true, 200);
        String type = row.oneOf("type", true, SESSION_TYPES);
        String start = row.date("startDate", true);
        String end = row.date("endDate", true);
        String parent = row.sourcedId("parentSourcedId", false);
        String year = row.text("schoolYear", true, 4);
        if (year != null && !YEAR.matcher(year).matches()) {
            row.problem("schoolYear", "'" + Row.shown(year) + "' is not a year (YYYY)");
        }
        if (start != null && end != null && end.compareTo(start) < 0) {
            row.problem("endDate", "ends before it starts (" + start + ")");
        }
        if (id != null && id.equals(parent)) {
            row.problem("parentSourcedId", "a session cannot be its own parent");
        }
        return row.ok() ? new String[] {id, status, modified, title, type, start, end, parent, year} : null;
    }

    static String[] course(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null, null, null} : null;
        }
        String year = row.sourcedId("schoolYearSourcedId", false);
        String title = row.text("title", true, 200);
        String code = row.text("courseCode", false, 255);
        String grades = row.list("grades", 50);
        String org = row.sourcedId("orgSourcedId", true);
        String subjects = row.list("subjects", 200);
        String subjectCodes = row.list("subjectCodes", 50);
        return row.ok() ? new String[] {id, status, modified, year, title, code, grades, org, subjects, subjectCodes}
                : null;
    }

    static String[] classGroup(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null, null, null, null, null,
                    null, null} : null;
        }
        String title = row.text("title", true, 200);
        String grades = row.list("grades", 50);
        String course = row.sourcedId("courseSourcedId", true);
        String code = row.text("classCode", false, 255);
        String type = row.oneOf("classType", true, CLASS_TYPES);
        String location = row.text("location", false, 255);
        String school = row.sourcedId("schoolSourcedId", true);
        String terms = row.list("termSourcedIds", 255);
        if (terms == null) {
            row.problem("termSourcedIds", "required: at least one term");
        }
        String subjects = row.list("subjects", 200);
        String subjectCodes = row.list("subjectCodes", 50);
        String periods = row.list("periods", 50);
        return row.ok() ? new String[] {id, status, modified, title, grades, course, code, type, location, school,
                terms, subjects, subjectCodes, periods} : null;
    }

    static String[] user(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null} : null;
        }
        String enabled = row.bool("enabledUser", true);
        String username = row.text("username", false, 255);
        PersonalIdentityCode code = identityCode(row);
        String given = row.text("givenName", true, 100);
        String family = row.text("familyName", true, 100);
        String middle = row.text("middleName", false, 100);
        String identifier = row.text("identifier", false, 255);
        String email = row.text("email", false, 320);
        String sms = row.text("sms", false, 50);
        String phone = row.text("phone", false, 50);
        String agents = row.list("agentSourcedIds", 255);
        String grades = row.list("grades", 50);
        String preferred = row.text("preferredGivenName", false, 100);
        String primaryOrg = row.sourcedId("primaryOrgSourcedId", false);
        if (id != null && agents != null && Set.of(agents.split(",")).contains(id)) {
            row.problem("agentSourcedIds", "a user cannot be their own agent");
        }
        return row.ok() ? new String[] {id, status, modified, enabled, username, given, family, middle, identifier,
                email, sms, phone, agents, grades, preferred, primaryOrg,
                code == null ? null : code.value(), code == null ? null : code.birthDate().toString()} : null;
    }

    /**
     * The personal identity code among the user's userIds, written {@code {HETU:<code>}}. The problem says what is
     * wrong with it and never repeats it.
     */
    private static PersonalIdentityCode identityCode(Row row) {
        String ids = row.raw("userIds");
        if (ids == null) {
            return null;
        }
        if (!USER_IDS.matcher(ids).matches()) {
            row.problem("userIds", "write each identifier as {type:identifier}, separated by commas");
            return null;
        }
        PersonalIdentityCode found = null;
        Matcher item = USER_ID.matcher(ids);
        while (item.find()) {
            if (!item.group(1).strip().equalsIgnoreCase("HETU")) {
                continue;
            }
            if (found != null) {
                row.problem("userIds", "more than one identity code (HETU)");
                return null;
            }
            try {
                found = PersonalIdentityCode.parse(item.group(2));
            } catch (InvalidIdentityCodeException invalid) {
                row.problem("userIds", invalid.getMessage());
                return null;
            }
        }
        return found;
    }

    static String[] role(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null, null} : null;
        }
        String user = row.sourcedId("userSourcedId", true);
        String roleType = row.oneOf("roleType", true, ROLE_TYPES);
        String role = row.oneOf("role", true, ROLES);
        String begin = row.date("beginDate", false);
        String end = row.date("endDate", false);
        String org = row.sourcedId("orgSourcedId", true);
        endsAfterItBegins(row, begin, end);
        return row.ok() ? new String[] {id, status, modified, user, roleType, role, begin, end, org} : null;
    }

    static String[] enrollment(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null, null, null, null} : null;
        }
        String classRef = row.sourcedId("classSourcedId", true);
        String school = row.sourcedId("schoolSourcedId", true);
        String user = row.sourcedId("userSourcedId", true);
        String role = row.oneOf("role", true, ENROLLMENT_ROLES);
        String primary = row.bool("primary", false);
        String begin = row.date("beginDate", false);
        String end = row.date("endDate", false);
        endsAfterItBegins(row, begin, end);
        return row.ok() ? new String[] {id, status, modified, classRef, school, user, role, primary, begin, end} : null;
    }

    static String[] demographics(Row row) {
        String id = row.sourcedId("sourcedId", true);
        String status = row.status();
        String modified = row.dateTime("dateLastModified");
        if (deletion(status)) {
            return row.ok() ? new String[] {id, status, modified, null, null, null, null} : null;
        }
        String birth = row.date("birthDate", false);
        String sex = row.oneOf("sex", false, SEXES);
        String country = row.text("countryOfBirthCode", false, 2);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            row.problem("countryOfBirthCode", "'" + Row.shown(country) + "' is not a two-letter country code (FI)");
        }
        String city = row.text("cityOfBirth", false, 200);
        return row.ok() ? new String[] {id, status, modified, birth, sex, country, city} : null;
    }

    private static void endsAfterItBegins(Row row, String begin, String end) {
        if (begin != null && end != null && end.compareTo(begin) < 0) {
            row.problem("endDate", "ends before it begins (" + begin + ")");
        }
    }

    private static boolean deletion(String status) {
        return "tobedeleted".equals(status);
    }
}
