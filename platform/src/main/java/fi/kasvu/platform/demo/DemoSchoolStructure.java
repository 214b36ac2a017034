package fi.kasvu.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small but real school structure for the demo municipality, made through the same services as the screens use: the
 * current and the next school year, upper secondary periods, a few classes and teaching groups with pupils, guardians,
 * teachers and principals (with e-mail addresses), and the Virtanens of {@link DemoPeople}, all in one transaction. Identity codes are valid ones for made-up birth dates, with
 * individual numbers from 900 on, the range meant for test codes.
 */
@Component
class DemoSchoolStructure {

    private static final Actor SEED = Actor.system("demo");
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final List<String> GIVEN = List.of("Aino", "Eetu", "Helmi", "Onni", "Venla", "Leo", "Emma", "Elias",
            "Sofia", "Väinö", "Lilja", "Oliver", "Aada", "Eino", "Isla", "Toivo");
    private static final List<String> FAMILY = List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä",
            "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen");

    private final SchoolDirectory schools;
    private final SchoolCalendar calendar;
    private final ClassDirectory classes;
    private final EnrollmentRegister enrollments;
    private final PersonRegister people;
    private final Guardianships guardianships;
    private final Clock clock;
    private int individual = 900;
    private int nameIndex;
    private final java.util.Map<String, UUID> homerooms = new java.util.HashMap<>();
    private LocalDate calendarStart;

    DemoSchoolStructure(SchoolDirectory schools, SchoolCalendar calendar, ClassDirectory classes,
                        EnrollmentRegister enrollments, PersonRegister people, Guardianships guardianships, Clock clock) {
        this.schools = schools;
        this.calendar = calendar;
        this.classes = classes;
        this.enrollments = enrollments;
        this.people = people;
        this.guardianships = guardianships;
        this.clock = clock;
    }

    /** In the bound demo tenant. */
    @Transactional
    void seed() {
        LocalDate today = LocalDate.now(clock);
        int endingYear = today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear();
        AcademicSessionSummary year = calendar.addSchoolYear(SEED, endingYear);
        calendar.addSchoolYear(SEED, endingYear + 1);
        LocalDate start = year.startDate();
        for (int period = 0; period < 5; period++) {
            LocalDate first = start.plusWeeks(1 + 7L * period);
            calendar.addGradingPeriod(SEED, year.id(), (period + 1) + ". jakso", first, first.plusWeeks(7).minusDays(3));
        }
        UUID hakunila = schools.addSchool(SEED, "Hakunilan koulu", SchoolKind.BASIC).id();
        UUID kartano = schools.addSchool(SEED, "Kartanonkosken koulu", SchoolKind.BASIC).id();
        UUID lukio = schools.addSchool(SEED, "Tikkurilan lukio", SchoolKind.UPPER_SECONDARY).id();
        schools.addSchool(SEED, "Myyrmäen päiväkodin esiopetus", SchoolKind.PRE_PRIMARY);
        staff("Riikka", "Rehtori", Role.PRINCIPAL, hakunila);
        // a second member of staff with the principal's address would take her demo login; names here are unique
        staff("Pekka", "Johtaja", Role.PRINCIPAL, kartano);
        staff("Leena", "Lukionen", Role.PRINCIPAL, lukio);
        int yearOfFirstGraders = endingYear - 8;
        homeroom(hakunila, year, "1A", yearOfFirstGraders, 6, staff("Outi", "Opettaja", Role.TEACHER, hakunila));
        UUID mathsTeacher = staff("Matti", "Matikainen", Role.TEACHER, hakunila);
        List<UUID> seventh = homeroom(hakunila, year, "7B", yearOfFirstGraders - 6, 8, mathsTeacher);
        UUID maths = classes.addClass(SEED, new NewClass(hakunila, year.id(), "7B MA", ClassType.TEACHING_GROUP,
                Set.of(), "7", "MA")).id();
        enrollments.enroll(SEED, maths, mathsTeacher, EnrollmentRole.TEACHER, start, null);
        seventh.forEach(pupil -> enrollments.enroll(SEED, maths, pupil, EnrollmentRole.STUDENT, start, null));
        homeroom(kartano, year, "9A", yearOfFirstGraders - 8, 6, staff("Kirsi", "Kallio", Role.TEACHER, kartano));
        List<UUID> upperSecondary = homeroom(lukio, year, "22A", yearOfFirstGraders - 11, 6,
                staff("Juha", "Lehtonen", Role.TEACHER, lukio));
        UUID course = classes.addClass(SEED, new NewClass(lukio, year.id(), "MAA02.1", ClassType.TEACHING_GROUP,
                Set.of(), null, "MA")).id();
        upperSecondary.forEach(pupil -> enrollments.enroll(SEED, course, pupil, EnrollmentRole.STUDENT, start, null));
        virtanens(year, hakunila, kartano, yearOfFirstGraders);
    }

    /**
     * The family of the demo logins: Hanna Virtanen, guardian of Aino (1A, Hakunila), Eetu (7B, Hakunila, over 12,
     * who signs in himself; Matti teaches his class) and Helmi (9A, Kartanonkoski).
     */
    private void virtanens(AcademicSessionSummary year, UUID hakunila, UUID kartano, int yearOfFirstGraders) {
        UUID hanna = people.addPerson(SEED, new NewPerson(DemoPeople.GUARDIAN.givenName(),
                DemoPeople.GUARDIAN.familyName(), DemoPeople.GUARDIAN.email(), null, null, Role.GUARDIAN, hakunila));
        child(hanna, "Aino", null, LocalDate.of(yearOfFirstGraders, 4, 12), hakunila, homeroomOf(hakunila, "1A"));
        child(hanna, DemoPeople.STUDENT.givenName(), DemoPeople.STUDENT.email(),
                LocalDate.of(yearOfFirstGraders - 6, 2, 20), hakunila, homeroomOf(hakunila, "7B"));
        child(hanna, "Helmi", null, LocalDate.of(yearOfFirstGraders - 8, 9, 3), kartano, homeroomOf(kartano, "9A"));
    }

    private void child(UUID guardian, String given, String email, LocalDate birth, UUID school, UUID homeroom) {
        UUID pupil = people.addPerson(SEED, new NewPerson(given, DemoPeople.GUARDIAN.familyName(), email, null,
                code(birth), Role.STUDENT, school));
        enrollments.enroll(SEED, homeroom, pupil, EnrollmentRole.STUDENT, calendarStart, null);
        guardianships.addGuardian(SEED, guardian, pupil);
    }

    private UUID homeroomOf(UUID school, String title) {
        return homerooms.get(school + "/" + title);
    }

    /** A homeroom class of pupils born in the year, each with one or two guardians. */
    private List<UUID> homeroom(UUID school, AcademicSessionSummary year, String title, int born, int size, UUID teacher) {
        UUID group = classes.addClass(SEED, new NewClass(school, year.id(), title, ClassType.HOMEROOM, Set.of(), null,
                null)).id();
        homerooms.put(school + "/" + title, group);
        calendarStart = year.startDate();
        enrollments.enroll(SEED, group, teacher, EnrollmentRole.TEACHER, year.startDate(), null);
        var pupils = new java.util.ArrayList<UUID>();
        for (int i = 0; i < size; i++) {
            LocalDate birth = LocalDate.of(born, 1 + (i * 5) % 12, 1 + (i * 7) % 28);
            String family = FAMILY.get((nameIndex + i) % FAMILY.size());
            UUID pupil = people.addPerson(SEED, new NewPerson(GIVEN.get(nameIndex++ % GIVEN.size()), family, null, null,
                    code(birth), Role.STUDENT, school));
            enrollments.enroll(SEED, group, pupil, EnrollmentRole.STUDENT, year.startDate(), null);
            UUID guardian = people.addPerson(SEED, new NewPerson(i % 2 == 0 ? "Anna" : "Mikko", family + "-" + (i + 1),
                    null, null, null, Role.GUARDIAN, school));
            guardianships.addGuardian(SEED, guardian, pupil);
            pupils.add(pupil);
        }
        return pupils;
    }

    /** Staff have an address of the demo municipality: {@code given.family@vantaa.localhost}. */
    private UUID staff(String given, String family, Role role, UUID school) {
        return people.addPerson(SEED, new NewPerson(given, family, email(given, family), null, null, role, school));
    }

    static String email(String given, String family) {
        String ascii = java.text.Normalizer.normalize((given + "." + family).toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii + "@vantaa.localhost";
    }

    private String code(LocalDate birth) {
        String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        String number = String.valueOf(individual++);
        char sign = birth.getYear() >= 2000 ? 'A' : '-';
        return date + sign + number + CHECK.charAt((int) (Long.parseLong(date + number) % 31));
    }
}
