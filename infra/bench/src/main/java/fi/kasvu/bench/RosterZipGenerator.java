package fi.kasvu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generated municipality the size of Vantaa as a OneRoster 1.2 CSV zip (bulk): {@code schools} schools, 2,000
 * classes, 30,000 students each with an identity code ({HETU:...}) and 1 or 2 guardians (45,000 guardians), 3,000
 * staff, 400,000 enrollments (13 classes per student, 5 teachers per class), a role per user and demographics per
 * student. The same seed gives the same zip, byte for byte.
 */
final class RosterZipGenerator {

    static final int SCHOOLS = 60;
    static final int CLASSES = 2_000;
    static final int STUDENTS = 30_000;
    static final int GUARDIANS = 45_000;
    static final int STAFF = 3_000;
    static final int CLASSES_PER_STUDENT = 13;
    static final int TEACHERS_PER_CLASS = 5;
    static final int ENROLLMENTS = STUDENTS * CLASSES_PER_STUDENT + CLASSES * TEACHERS_PER_CLASS;
    static final int COURSES_PER_SCHOOL = 10;

    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String[] GIVEN = {"Aino", "Eino", "Helmi", "Leo", "Venla", "Onni", "Sofia", "Elias", "Aada",
            "Väinö", "Iida", "Eetu", "Ellen", "Niilo", "Lilja", "Oliver", "Minea", "Toivo", "Enni", "Juho"};
    private static final String[] FAMILY = {"Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen"};
    private static final String[] SUBJECTS = {"AI", "MA", "EN", "RU", "BI", "GE", "FY", "KE", "HI", "LI"};

    private final Random random;

    RosterZipGenerator(long seed) {
        this.random = new Random(seed);
    }

    long rows() {
        return (1 + SCHOOLS) + 3 + (long) SCHOOLS * COURSES_PER_SCHOOL + CLASSES + 2L * (STUDENTS + GUARDIANS + STAFF)
                + ENROLLMENTS + STUDENTS;
    }

    void write(Path zipFile) throws IOException {
        Files.createDirectories(zipFile.getParent());
        try (var zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            var out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            entry(zip, out, "manifest.csv");
            out.write("propertyName,value\r\nmanifest.version,1.0\r\noneroster.version,1.2\r\n");
            for (String file : new String[] {"orgs", "academicSessions", "courses", "classes", "users", "roles",
                    "enrollments", "demographics"}) {
                out.write("file." + file + ",bulk\r\n");
            }
            out.write("source.systemName,Kasvu bench\r\n");
            entry(zip, out, "orgs.csv");
            orgs(out);
            entry(zip, out, "academicSessions.csv");
            sessions(out);
            entry(zip, out, "courses.csv");
            courses(out);
            entry(zip, out, "classes.csv");
            classes(out);
            entry(zip, out, "users.csv");
            users(out);
            entry(zip, out, "roles.csv");
            roles(out);
            entry(zip, out, "enrollments.csv");
            enrollments(out);
            entry(zip, out, "demographics.csv");
            demographics(out);
            out.flush();
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, Writer out, String name) throws IOException {
        out.flush();
        zip.putNextEntry(new ZipEntry(name));
    }

    private void orgs(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\r\n");
        out.write("kunta,,,Vantaan kaupunki,district,0092,\r\n");
        for (int s = 0; s < SCHOOLS; s++) {
            String name = s < 50 ? "Koulu " + (s + 1) : "Lukio " + (s - 49);
            out.write(school(s) + ",,," + name + ",school," + String.format("%05d", 3000 + s) + ",kunta\r\n");
        }
    }

    private void sessions(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\r\n");
        out.write("lv-2026,,,Lukuvuosi 2026-2027,schoolYear,2026-08-01,2027-07-31,,2027\r\n");
        out.write("syksy-2026,,,Syyslukukausi 2026,semester,2026-08-01,2026-12-31,lv-2026,2027\r\n");
        out.write("kevat-2027,,,Kevätlukukausi 2027,semester,2027-01-01,2027-07-31,lv-2026,2027\r\n");
    }

    private void courses(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,"
                + "subjectCodes\r\n");
        for (int s = 0; s < SCHOOLS; s++) {
            for (int c = 0; c < COURSES_PER_SCHOOL; c++) {
                out.write("k-" + s + "-" + c + ",,,lv-2026,Kurssi " + SUBJECTS[c] + ",,07," + school(s) + ",,"
                        + SUBJECTS[c] + "\r\n");
            }
        }
    }

    private void classes(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,"
                + "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\r\n");
        for (int k = 0; k < CLASSES; k++) {
            int s = schoolOfClass(k);
            int c = k % COURSES_PER_SCHOOL;
            out.write(classId(k) + ",,,Ryhmä " + k + ",07,k-" + s + "-" + c + ",R" + k + ","
                    + (c == 0 ? "homeroom" : "scheduled") + ",\"Luokka " + (100 + k % 300) + ", 1. krs\"," + school(s)
                    + ",\"syksy-2026,kevat-2027\",,," + "\r\n");
        }
    }

    private void users(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,"
                + "identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,"
                + "preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns\r\n");
        for (int i = 0; i < STUDENTS; i++) {
            String agents = guardianCount(i) == 2 ? "\"" + guardian(i, 0) + "," + guardian(i, 1) + "\"" : guardian(i, 0);
            out.write(student(i) + ",,,true,o" + i + ",{HETU:" + identityCode(i) + "}," + given() + "," + family()
                    + ",,1.2.246.562.24." + String.format("%011d", i) + ",,,," + agents + ",07,,,,,,,"
                    + school(i % SCHOOLS) + ",\r\n");
        }
        for (int i = 0; i < STUDENTS; i++) {
            for (int g = 0; g < guardianCount(i); g++) {
                out.write(guardian(i, g) + ",,,true,,," + given() + "," + family() + ",,,h" + i + "-" + g
                        + "@example.test,,+35840" + String.format("%07d", i * 2 + g) + "," + student(i)
                        + ",,,,,,,,,\r\n");
            }
        }
        for (int i = 0; i < STAFF; i++) {
            out.write(staff(i) + ",,,true,t" + i + ",," + given() + "," + family() + ",,,t" + i
                    + "@vantaa.test,,,,,,,,,,," + school(i % SCHOOLS) + ",\r\n");
        }
    }

    private void roles(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,"
                + "userProfileSourcedId\r\n");
        for (int i = 0; i < STUDENTS; i++) {
            out.write("r-" + student(i) + ",,," + student(i) + ",primary,student,,," + school(i % SCHOOLS) + ",\r\n");
            for (int g = 0; g < guardianCount(i); g++) {
                out.write("r-" + guardian(i, g) + ",,," + guardian(i, g) + ",primary,guardian,,,kunta,\r\n");
            }
        }
        for (int i = 0; i < STAFF; i++) {
            out.write("r-" + staff(i) + ",,," + staff(i) + ",primary,teacher,2026-08-01,," + school(i % SCHOOLS) + ",\r\n");
        }
    }

    private void enrollments(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
                + "beginDate,endDate\r\n");
        for (int i = 0; i < STUDENTS; i++) {
            int s = i % SCHOOLS;
            int first = random.nextInt(classesOf(s) - CLASSES_PER_STUDENT + 1);
            for (int n = 0; n < CLASSES_PER_STUDENT; n++) {
                int k = s + SCHOOLS * (first + n); // the classes of school s are s, s + SCHOOLS, ...
                out.write("e-" + i + "-" + n + ",,," + classId(k) + "," + school(s) + "," + student(i)
                        + ",student,false,2026-08-10,\r\n");
            }
        }
        for (int k = 0; k < CLASSES; k++) {
            int s = schoolOfClass(k);
            for (int t = 0; t < TEACHERS_PER_CLASS; t++) {
                int teacher = s + SCHOOLS * ((k + t) % (STAFF / SCHOOLS));
                out.write("et-" + k + "-" + t + ",,," + classId(k) + "," + school(s) + "," + staff(teacher)
                        + ",teacher," + (t == 0) + ",,\r\n");
            }
        }
    }

    private void demographics(Writer out) throws IOException {
        out.write("sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
                + "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,"
                + "hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,"
                + "publicSchoolResidenceStatus\r\n");
        for (int i = 0; i < STUDENTS; i++) {
            out.write(student(i) + ",,," + birthDate(i) + "," + (random.nextBoolean() ? "female" : "male")
                    + ",,,,,,,,FI,,Vantaa,\r\n");
        }
    }

    private static int schoolOfClass(int k) {
        return k % SCHOOLS;
    }

    private static int classesOf(int school) {
        return CLASSES / SCHOOLS + (school < CLASSES % SCHOOLS ? 1 : 0);
    }

    private static String classId(int k) {
        return "c-" + k;
    }

    private static String school(int s) {
        return "s-" + s;
    }

    private static String student(int i) {
        return "u-" + i;
    }

    private static String guardian(int student, int n) {
        return "g-" + student + "-" + n;
    }

    private static String staff(int i) {
        return "t-" + i;
    }

    /** Half the students have two guardians, the other half one: 45,000 in all. */
    private static int guardianCount(int student) {
        return student % 2 == 0 ? 2 : 1;
    }

    private static LocalDate birthDate(int student) {
        return LocalDate.of(2011, 1, 1).plusDays(student / 800);
    }

    private static String identityCode(int student) {
        LocalDate born = birthDate(student);
        String date = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        String individual = String.format("%03d", 2 + student % 800);
        return date + "A" + individual + CHECK.charAt((int) (Long.parseLong(date + individual) % 31));
    }

    private String given() {
        return GIVEN[random.nextInt(GIVEN.length)];
    }

    private String family() {
        return FAMILY[random.nextInt(FAMILY.length)];
    }
}
