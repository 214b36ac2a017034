package fi.kasvu.platform.oneroster.csv;

import java.util.Map;

/**
 * A small municipality in the shapes of the OneRoster 1.2 CSV specification's examples: a district with a basic
 * school and an upper secondary school, a school year with two semesters, a homeroom class and a teaching group, a
 * teacher, two pupils and their guardian, roles, enrollments and demographics.
 */
final class ExampleMunicipality {

    /** Aino's identity code (valid; born 15 March 2013). */
    static final String AINO_HETU = IdentityCodes.valid("150313", 'A', "123");

    private ExampleMunicipality() {
    }

    static RosterZip zip() {
        return RosterZip.bulk()
                .row("orgs.csv", Map.of("sourcedId", "kunta", "name", "Vantaan kaupunki", "type", "district",
                        "identifier", "0092"))
                .row("orgs.csv", Map.of("sourcedId", "koulu-1", "name", "Tikkurilan koulu", "type", "school",
                        "identifier", "03456", "parentSourcedId", "kunta"))
                .row("orgs.csv", Map.of("sourcedId", "lukio-1", "name", "Tikkurilan lukio", "type", "school",
                        "parentSourcedId", "kunta"))
                .row("academicSessions.csv", Map.of("sourcedId", "lv-2026", "title", "Lukuvuosi 2026-2027",
                        "type", "schoolYear", "startDate", "2026-08-01", "endDate", "2027-07-31", "schoolYear", "2027"))
                .row("academicSessions.csv", Map.of("sourcedId", "syksy-2026", "title", "Syyslukukausi 2026",
                        "type", "semester", "startDate", "2026-08-01", "endDate", "2026-12-31",
                        "parentSourcedId", "lv-2026", "schoolYear", "2027"))
                .row("academicSessions.csv", Map.of("sourcedId", "kevat-2027", "title", "Kevätlukukausi 2027",
                        "type", "semester", "startDate", "2027-01-01", "endDate", "2027-07-31",
                        "parentSourcedId", "lv-2026", "schoolYear", "2027"))
                .row("courses.csv", Map.of("sourcedId", "kurssi-luokka7", "schoolYearSourcedId", "lv-2026",
                        "title", "Luokka 7", "courseCode", "LK7", "grades", "07", "orgSourcedId", "koulu-1"))
                .row("courses.csv", Map.of("sourcedId", "kurssi-ma7", "schoolYearSourcedId", "lv-2026",
                        "title", "Matematiikka 7", "courseCode", "MA7", "grades", "07", "orgSourcedId", "koulu-1",
                        "subjects", "Matematiikka", "subjectCodes", "MA"))
                .row("classes.csv", Map.of("sourcedId", "7a", "title", "7A", "grades", "07",
                        "courseSourcedId", "kurssi-luokka7", "classCode", "7A", "classType", "homeroom",
                        "location", "Luokka 201", "schoolSourcedId", "koulu-1",
                        "termSourcedIds", "syksy-2026,kevat-2027"))
                .row("classes.csv", Map.ofEntries(Map.entry("sourcedId", "ma-7a"), Map.entry("title", "Matematiikka 7A"),
                        Map.entry("grades", "07"), Map.entry("courseSourcedId", "kurssi-ma7"),
                        Map.entry("classCode", "MA7A"), Map.entry("classType", "scheduled"),
                        Map.entry("location", "Luokka 105, 1. krs"), Map.entry("schoolSourcedId", "koulu-1"),
                        Map.entry("termSourcedIds", "syksy-2026"), Map.entry("subjects", "Matematiikka"),
                        Map.entry("subjectCodes", "MA"), Map.entry("periods", "1,2")))
                .row("users.csv", Map.of("sourcedId", "ope-1", "enabledUser", "true", "username", "tiina.opettaja",
                        "givenName", "Tiina", "familyName", "Opettaja", "email", "tiina.opettaja@vantaa.test",
                        "primaryOrgSourcedId", "koulu-1"))
                .row("users.csv", Map.ofEntries(Map.entry("sourcedId", "oppilas-1"), Map.entry("enabledUser", "true"),
                        Map.entry("username", "aino.oppilas"), Map.entry("userIds", "{HETU:" + AINO_HETU + "}"),
                        Map.entry("givenName", "Aino"), Map.entry("familyName", "Oppilas"),
                        Map.entry("identifier", "1.2.246.562.24.00000000001"), Map.entry("agentSourcedIds", "huoltaja-1"),
                        Map.entry("grades", "07"), Map.entry("primaryOrgSourcedId", "koulu-1")))
                .row("users.csv", Map.ofEntries(Map.entry("sourcedId", "oppilas-2"), Map.entry("enabledUser", "true"),
                        Map.entry("username", "eino.oppilas"), Map.entry("givenName", "Eino"),
                        Map.entry("familyName", "Oppilas"), Map.entry("middleName", "Ilmari"),
                        Map.entry("agentSourcedIds", "huoltaja-1"), Map.entry("grades", "07"),
                        Map.entry("primaryOrgSourcedId", "koulu-1")))
                .row("users.csv", Map.of("sourcedId", "huoltaja-1", "enabledUser", "true", "givenName", "Hanna",
                        "familyName", "Huoltaja", "email", "hanna@example.test", "phone", "+358401234567",
                        "agentSourcedIds", "oppilas-1,oppilas-2"))
                .row("roles.csv", Map.of("sourcedId", "r-ope-1", "userSourcedId", "ope-1", "roleType", "primary",
                        "role", "teacher", "orgSourcedId", "koulu-1", "beginDate", "2026-08-01"))
                .row("roles.csv", Map.of("sourcedId", "r-oppilas-1", "userSourcedId", "oppilas-1",
                        "roleType", "primary", "role", "student", "orgSourcedId", "koulu-1"))
                .row("roles.csv", Map.of("sourcedId", "r-oppilas-2", "userSourcedId", "oppilas-2",
                        "roleType", "primary", "role", "student", "orgSourcedId", "koulu-1"))
                .row("roles.csv", Map.of("sourcedId", "r-huoltaja-1", "userSourcedId", "huoltaja-1",
                        "roleType", "primary", "role", "guardian", "orgSourcedId", "kunta"))
                .row("enrollments.csv", Map.of("sourcedId", "e-1", "classSourcedId", "7a", "schoolSourcedId", "koulu-1",
                        "userSourcedId", "ope-1", "role", "teacher", "primary", "true"))
                .row("enrollments.csv", Map.of("sourcedId", "e-2", "classSourcedId", "7a", "schoolSourcedId", "koulu-1",
                        "userSourcedId", "oppilas-1", "role", "student"))
                .row("enrollments.csv", Map.of("sourcedId", "e-3", "classSourcedId", "7a", "schoolSourcedId", "koulu-1",
                        "userSourcedId", "oppilas-2", "role", "student"))
                .row("enrollments.csv", Map.of("sourcedId", "e-4", "classSourcedId", "ma-7a",
                        "schoolSourcedId", "koulu-1", "userSourcedId", "ope-1", "role", "teacher", "primary", "true"))
                .row("enrollments.csv", Map.of("sourcedId", "e-5", "classSourcedId", "ma-7a",
                        "schoolSourcedId", "koulu-1", "userSourcedId", "oppilas-1", "role", "student",
                        "beginDate", "2026-08-10", "endDate", "2026-12-20"))
                .row("demographics.csv", Map.of("sourcedId", "oppilas-2", "birthDate", "2013-05-04", "sex", "male",
                        "countryOfBirthCode", "FI", "cityOfBirth", "Vantaa"));
    }
}
