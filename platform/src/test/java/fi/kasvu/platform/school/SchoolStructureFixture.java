package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;

/**
 * A municipality's structure for tests, built through the services: two basic schools, the school years 2025-2026 and
 * 2026-2027, a principal of the first school signed in as {@link #PRINCIPAL_ACCOUNT}, and class 7B there with two
 * pupils. Call inside a bound tenant.
 */
public final class SchoolStructureFixture {

    public static final Actor CITY_ADMIN = new Actor("city-admin-account", "Kaisa Pääkäyttäjä", Set.of(Actor.CITY_ADMIN));
    public static final String PRINCIPAL_ACCOUNT = "principal-account";
    public static final Actor PRINCIPAL = new Actor(PRINCIPAL_ACCOUNT, "Risto Rehtori", Set.of(Actor.PRINCIPAL));

    public final UUID ownSchool;
    public final UUID otherSchool;
    public final UUID year;
    public final UUID nextYear;
    public final UUID principal;
    public final UUID class7b;
    public final UUID pupil1;
    public final UUID pupil2;
    public final UUID otherClass;

    public SchoolStructureFixture(SchoolDirectory schools, SchoolCalendar calendar, ClassDirectory classes,
                                  EnrollmentRegister enrollments, PersonRegister people) {
        ownSchool = schools.addSchool(CITY_ADMIN, "Hakunilan koulu", SchoolKind.BASIC).id();
        otherSchool = schools.addSchool(CITY_ADMIN, "Kartanonkosken koulu", SchoolKind.BASIC).id();
        year = calendar.addSchoolYear(CITY_ADMIN, 2026).id();
        nextYear = calendar.addSchoolYear(CITY_ADMIN, 2027).id();
        principal = people.addPerson(CITY_ADMIN, new NewPerson("Risto", "Rehtori", "risto.rehtori@kunta.test", null,
                null, Role.PRINCIPAL, ownSchool));
        people.linkStaffAccount(CITY_ADMIN, "Risto Rehtori", "risto.rehtori@kunta.test", PRINCIPAL_ACCOUNT);
        class7b = classes.addClass(CITY_ADMIN, new NewClass(ownSchool, year, "7B", ClassType.HOMEROOM, Set.of(), null,
                null)).id();
        otherClass = classes.addClass(CITY_ADMIN, new NewClass(otherSchool, year, "7A", ClassType.HOMEROOM, Set.of(),
                null, null)).id();
        pupil1 = people.addPerson(CITY_ADMIN, new NewPerson("Aino", "Oppilas", null, null, "010112A943Y", Role.STUDENT,
                ownSchool));
        pupil2 = people.addPerson(CITY_ADMIN, new NewPerson("Eetu", "Oppilas", null, LocalDate.of(2012, 3, 4), null,
                Role.STUDENT, ownSchool));
        enrollments.enroll(CITY_ADMIN, class7b, pupil1, EnrollmentRole.STUDENT, LocalDate.of(2025, 8, 1), null);
        enrollments.enroll(CITY_ADMIN, class7b, pupil2, EnrollmentRole.STUDENT, LocalDate.of(2025, 8, 1), null);
    }
}
