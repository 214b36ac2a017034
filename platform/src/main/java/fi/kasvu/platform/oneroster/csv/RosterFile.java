package fi.kasvu.platform.oneroster.csv;

import java.util.List;
import java.util.Set;

/**
 * The files of the OneRoster 1.2 CSV binding that Kasvu reads, each with its header exactly as the specification
 * gives it, the staging table its rows are copied into (temporary, gone with the transaction) and how a row becomes a
 * staged one. Staged values are text; {@code line} is the row's line in its file, so every later check can name it.
 */
enum RosterFile {

    ORGS("orgs.csv", "orgs",
            List.of("sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"),
            List.of("source_id", "status", "modified", "name", "type", "identifier", "parent", "kind"),
            RowConversions::org),
    ACADEMIC_SESSIONS("academicSessions.csv", "sessions",
            List.of("sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
                    "parentSourcedId", "schoolYear"),
            List.of("source_id", "status", "modified", "title", "type", "start_date", "end_date", "parent",
                    "school_year"),
            RowConversions::academicSession),
    COURSES("courses.csv", "courses",
            List.of("sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades",
                    "orgSourcedId", "subjects", "subjectCodes"),
            List.of("source_id", "status", "modified", "school_year", "title", "course_code", "grades", "org",
                    "subjects", "subject_codes"),
            RowConversions::course),
    CLASSES("classes.csv", "classes",
            List.of("sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode",
                    "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes",
                    "periods"),
            List.of("source_id", "status", "modified", "title", "grades", "course", "class_code", "class_type",
                    "location", "school", "terms", "subjects", "subject_codes", "periods"),
            RowConversions::classGroup),
    USERS("users.csv", "users",
            List.of("sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName",
                    "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades",
                    "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
                    "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns"),
            List.of("source_id", "status", "modified", "enabled_user", "username", "given_name", "family_name",
                    "middle_name", "identifier", "email", "sms", "phone", "agents", "grades", "preferred_given_name",
                    "primary_org", "hetu", "hetu_birth_date"),
            RowConversions::user),
    ROLES("roles.csv", "roles",
            List.of("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate",
                    "endDate", "orgSourcedId", "userProfileSourcedId"),
            List.of("source_id", "status", "modified", "user_ref", "role_type", "role", "begin_date", "end_date", "org"),
            RowConversions::role),
    ENROLLMENTS("enrollments.csv", "enrollments",
            List.of("sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId",
                    "role", "primary", "beginDate", "endDate"),
            List.of("source_id", "status", "modified", "class_ref", "school", "user_ref", "role", "is_primary",
                    "begin_date", "end_date"),
            RowConversions::enrollment),
    DEMOGRAPHICS("demographics.csv", "demographics",
            List.of("sourcedId", "status", "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative",
                    "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white",
                    "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
                    "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"),
            List.of("source_id", "status", "modified", "birth_date", "sex", "country", "city"),
            RowConversions::demographics);

    /** Files of the specification that Kasvu does not keep (gradebook, resources, user profiles): read, not stored. */
    static final Set<String> NOT_KEPT = Set.of("userProfiles.csv", "categories.csv", "classResources.csv",
            "courseResources.csv", "lineItems.csv", "lineItemLearningObjectiveIds.csv", "lineItemScoreScales.csv",
            "resources.csv", "results.csv", "resultLearningObjectiveIds.csv", "resultScoreScales.csv",
            "scoreScales.csv", "userResources.csv");

    /** Turns a checked row into its staged values (without the line), or null when the row has problems. */
    @FunctionalInterface
    interface Conversion {
        String[] convert(Row row);
    }

    final String fileName;
    /** The manifest's property for this file, e.g. file.users. */
    final String manifestKey;
    final String stagingTable;
    final List<String> header;
    final List<String> staged;
    final Conversion conversion;

    RosterFile(String fileName, String stagingName, List<String> header, List<String> staged, Conversion conversion) {
        this.fileName = fileName;
        this.manifestKey = "file." + fileName.substring(0, fileName.length() - 4);
        this.stagingTable = "csv_" + stagingName;
        this.header = header;
        this.staged = staged;
        this.conversion = conversion;
    }

    static RosterFile named(String fileName) {
        for (RosterFile file : values()) {
            if (file.fileName.equals(fileName)) {
                return file;
            }
        }
        return null;
    }
}
