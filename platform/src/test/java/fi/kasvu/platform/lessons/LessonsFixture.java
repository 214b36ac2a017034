package fi.kasvu.platform.lessons;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.school.SessionType;

/**
 * A school's daily life for tests, on {@link SchoolStructureFixture}'s municipality, in the school year 2026-2027
 * ({@link FixedSchoolDay}): homeroom class 8A at the own school (homeroom teacher Outi, pupils Aino, Eetu and the
 * adult Aada), its maths group 8A MA (teacher Matti; Aino and Eetu), class 8C at the other school (teacher Ville,
 * pupil Olli). Hanna is the guardian of Eetu and of the adult Aada; Aino signs in as {@link #PUPIL}. The timetable
 * of the autumn term: 8A Monday 08:15-09:00 AI (Outi), 8A MA Wednesday 08:15-09:00 and Friday 09:00-09:45 MA
 * (Matti), 8C Wednesday 08:15-09:00 AI (Ville), with the lessons from the term's first day; the autumn break
 * 19.-23.10.2026 is the municipality's holiday.
 */
public final class LessonsFixture {

    public static final Actor TEACHER = new Actor("outi-account", "Outi Opettaja", Set.of("teacher"));
    public static final Actor MATHS_TEACHER = new Actor("matti-account", "Matti Matikainen", Set.of("teacher"));
    public static final Actor OTHER_TEACHER = new Actor("ville-account", "Ville Vieras", Set.of("teacher"));
    public static final Actor GUARDIAN = new Actor("hanna-account", "Hanna Huoltaja", Set.of("guardian"));
    public static final Actor PUPIL = new Actor("aino-account", "Aino Oppilas", Set.of("student"));
    public static final Actor PRINCIPAL = SchoolStructureFixture.PRINCIPAL;
    public static final LocalDate TERM_START = LocalDate.of(2026, 8, 1);

    public final SchoolStructureFixture school;
    public final UUID autumn;
    public final UUID class8a;
    public final UUID maths8a;
    public final UUID class8c;
    public final UUID aino;
    public final UUID eetu;
    public final UUID aada;
    public final UUID olli;
    public final UUID outi;
    public final UUID matti;
    public final UUID ville;
    public final UUID hanna;
    public final Holiday autumnBreak;

    public LessonsFixture(SchoolDirectory schools, SchoolCalendar calendar, ClassDirectory classes,
                          EnrollmentRegister enrollments, PersonRegister people, Guardianships guardianships,
                          Timetables timetables, SchoolHolidays holidays) {
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
        autumn = calendar.sessionsIn(CITY_ADMIN, school.nextYear).stream()
                .filter(s -> s.type() == SessionType.TERM).map(AcademicSessionSummary::id).findFirst().orElseThrow();
        class8a = group(classes, school.ownSchool, "8A", ClassType.HOMEROOM, null);
        maths8a = group(classes, school.ownSchool, "8A MA", ClassType.TEACHING_GROUP, "MA");
        class8c = group(classes, school.otherSchool, "8C", ClassType.HOMEROOM, null);
        aino = school.pupil1;
        eetu = school.pupil2;
        people.linkAccount(CITY_ADMIN, aino, PUPIL.accountId());
        aada = people.addPerson(CITY_ADMIN, new NewPerson("Aada", "Aikuinen", null, LocalDate.of(2008, 1, 15), null,
                Role.STUDENT, school.ownSchool));
        olli = people.addPerson(CITY_ADMIN, new NewPerson("Olli", "Muualla", null, LocalDate.of(2012, 5, 5), null,
                Role.STUDENT, school.otherSchool));
        outi = person(people, "Outi", "Opettaja", TEACHER, school.ownSchool, Role.TEACHER);
        matti = person(people, "Matti", "Matikainen", MATHS_TEACHER, school.ownSchool, Role.TEACHER);
        ville = person(people, "Ville", "Vieras", OTHER_TEACHER, school.otherSchool, Role.TEACHER);
        hanna = person(people, "Hanna", "Huoltaja", GUARDIAN, school.ownSchool, Role.GUARDIAN);
        guardianships.addGuardian(CITY_ADMIN, hanna, eetu);
        guardianships.addGuardian(CITY_ADMIN, hanna, aada);
        enroll(enrollments, class8a, outi, EnrollmentRole.TEACHER, aino, eetu, aada);
        enroll(enrollments, maths8a, matti, EnrollmentRole.TEACHER, aino, eetu);
        enroll(enrollments, class8c, ville, EnrollmentRole.TEACHER, olli);
        autumnBreak = holidays.addHoliday(CITY_ADMIN, null, "Syysloma", LocalDate.of(2026, 10, 19),
                LocalDate.of(2026, 10, 23));
        slot(timetables, class8a, DayOfWeek.MONDAY, "08:15", "09:00", "AI", outi);
        slot(timetables, maths8a, DayOfWeek.WEDNESDAY, "08:15", "09:00", null, matti);
        slot(timetables, maths8a, DayOfWeek.FRIDAY, "09:00", "09:45", "MA", matti);
        slot(timetables, class8c, DayOfWeek.WEDNESDAY, "08:15", "09:00", "AI", ville);
        for (UUID group : new UUID[] {class8a, maths8a, class8c}) {
            timetables.expandLessons(CITY_ADMIN, group, TERM_START);
        }
    }

    private TimetableSlot slot(Timetables timetables, UUID group, DayOfWeek day, String start, String end,
                               String subject, UUID teacher) {
        return timetables.addSlot(CITY_ADMIN, autumn, new NewSlot(group, day, LocalTime.parse(start),
                LocalTime.parse(end), subject, teacher, "A101"));
    }

    private UUID group(ClassDirectory classes, UUID schoolId, String title, ClassType type, String subject) {
        return classes.addClass(CITY_ADMIN, new NewClass(schoolId, school.nextYear, title, type, Set.of(),
                "8", subject)).id();
    }

    private static UUID person(PersonRegister people, String given, String family, Actor account, UUID schoolId,
                               Role role) {
        UUID id = people.addPerson(CITY_ADMIN, new NewPerson(given, family, given.toLowerCase() + "@kunta.test", null,
                null, role, schoolId));
        people.linkAccount(CITY_ADMIN, id, account.accountId());
        return id;
    }

    private static void enroll(EnrollmentRegister enrollments, UUID group, UUID teacher, EnrollmentRole role,
                               UUID... pupils) {
        enrollments.enroll(CITY_ADMIN, group, teacher, role, TERM_START, null);
        for (UUID pupil : pupils) {
            enrollments.enroll(CITY_ADMIN, group, pupil, EnrollmentRole.STUDENT, TERM_START, null);
        }
    }
}
