package fi.kasvu.ui.portal;

import java.time.LocalDate;
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
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.ui.RealmFixture;
import org.springframework.context.ApplicationContext;

/**
 * Two families in a municipality, for the portal's tests of who sees what. The Virtanens' guardian Hanna has three
 * children in three classes of two schools: Aino (1A, Hakunila), Eetu (7B, Hakunila, 13 years old, signs in himself)
 * and Helmi (9A, Kartano). The Korhoset's Onni is in 7B too, with a guardian of his own. Matti teaches 7B; Riikka leads
 * Hakunila. Hanna, Eetu, Matti and Riikka have realm users with {@link RealmFixture#PASSWORD}, linked to their persons.
 */
record PortalFamilies(TenantId tenant, UUID hanna, UUID aino, UUID eetu, UUID helmi, UUID onni, UUID matti,
                      UUID riikka) {

    static final String GUARDIAN = "hanna.virtanen@families.test";
    static final String STUDENT = "eetu.virtanen@families.test";
    static final String TEACHER = "matti.matikainen@families.test";
    static final String PRINCIPAL = "riikka.rehtori@families.test";

    private static final Actor SEED = Actor.system("test");

    static PortalFamilies in(TenantId tenant, ApplicationContext spring, RealmFixture realm) {
        var schools = spring.getBean(SchoolDirectory.class);
        var calendar = spring.getBean(SchoolCalendar.class);
        var classes = spring.getBean(ClassDirectory.class);
        var enrollments = spring.getBean(EnrollmentRegister.class);
        var people = spring.getBean(PersonRegister.class);
        var guardianships = spring.getBean(Guardianships.class);
        var context = spring.getBean(TenantContext.class);
        LocalDate today = LocalDate.now();
        int thisYear = today.getYear();
        int endingYear = today.getMonthValue() >= 8 ? thisYear + 1 : thisYear;
        UUID[] ids = new UUID[8];
        context.runAs(tenant, () -> {
            AcademicSessionSummary year = calendar.addSchoolYear(SEED, endingYear);
            UUID hakunila = schools.addSchool(SEED, "Hakunilan koulu", SchoolKind.BASIC).id();
            UUID kartano = schools.addSchool(SEED, "Kartanonkosken koulu", SchoolKind.BASIC).id();
            UUID first = homeroom(classes, SEED, hakunila, year, "1A");
            UUID seventh = homeroom(classes, SEED, hakunila, year, "7B");
            UUID ninth = homeroom(classes, SEED, kartano, year, "9A");
            UUID hanna = people.addPerson(SEED, new NewPerson("Hanna", "Virtanen", GUARDIAN, null, null,
                    Role.GUARDIAN, hakunila));
            UUID aino = pupil(people, enrollments, guardianships, year, hakunila, first, "Aino", thisYear - 7, hanna);
            UUID eetu = pupil(people, enrollments, guardianships, year, hakunila, seventh, "Eetu", thisYear - 13, hanna);
            UUID helmi = pupil(people, enrollments, guardianships, year, kartano, ninth, "Helmi", thisYear - 15, hanna);
            UUID other = people.addPerson(SEED, new NewPerson("Kaisa", "Korhonen", null, null, null, Role.GUARDIAN,
                    hakunila));
            UUID onni = people.addPerson(SEED, new NewPerson("Onni", "Korhonen", null, LocalDate.of(thisYear - 13, 5, 5),
                    null, Role.STUDENT, hakunila));
            enrollments.enroll(SEED, seventh, onni, EnrollmentRole.STUDENT, year.startDate(), null);
            guardianships.addGuardian(SEED, other, onni);
            UUID matti = people.addPerson(SEED, new NewPerson("Matti", "Matikainen", TEACHER, null, null, Role.TEACHER,
                    hakunila));
            enrollments.enroll(SEED, seventh, matti, EnrollmentRole.TEACHER, year.startDate(), null);
            UUID riikka = people.addPerson(SEED, new NewPerson("Riikka", "Rehtori", PRINCIPAL, null, null,
                    Role.PRINCIPAL, hakunila));
            ids[0] = hanna; ids[1] = aino; ids[2] = eetu; ids[3] = helmi; ids[4] = onni; ids[5] = matti; ids[6] = riikka;
        });
        var families = new PortalFamilies(tenant, ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6]);
        String realmName = tenant.slug();
        link(context, people, tenant, families.hanna(), realm.user(realmName, GUARDIAN, "Hanna", "Virtanen", "guardian"));
        link(context, people, tenant, families.eetu(), realm.user(realmName, STUDENT, "Eetu", "Virtanen", "student"));
        link(context, people, tenant, families.matti(), realm.user(realmName, TEACHER, "Matti", "Matikainen", "teacher"));
        link(context, people, tenant, families.riikka(), realm.user(realmName, PRINCIPAL, "Riikka", "Rehtori",
                "principal"));
        return families;
    }

    private static void link(TenantContext context, PersonRegister people, TenantId tenant, UUID person, String account) {
        context.runAs(tenant, () -> people.linkAccount(SEED, person, account));
    }

    private static UUID homeroom(ClassDirectory classes, Actor seed, UUID school, AcademicSessionSummary year,
                                 String title) {
        return classes.addClass(seed, new NewClass(school, year.id(), title, ClassType.HOMEROOM, Set.of(), null, null))
                .id();
    }

    private static UUID pupil(PersonRegister people, EnrollmentRegister enrollments, Guardianships guardianships,
                              AcademicSessionSummary year, UUID school, UUID homeroom, String given, int born,
                              UUID guardian) {
        String email = given.equals("Eetu") ? STUDENT : null;
        UUID pupil = people.addPerson(SEED, new NewPerson(given, "Virtanen", email, LocalDate.of(born, 3, 3), null,
                Role.STUDENT, school));
        enrollments.enroll(SEED, homeroom, pupil, EnrollmentRole.STUDENT, year.startDate(), null);
        guardianships.addGuardian(SEED, guardian, pupil);
        return pupil;
    }
}
