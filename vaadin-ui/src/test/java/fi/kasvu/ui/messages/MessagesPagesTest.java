package fi.kasvu.ui.messages;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.platform.messages.NewThread;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The messages pages over HTTP, signed in through the municipality's real realm: a guardian's inbox shows an unread
 * thread in words, opening it marks it read, the teacher sees who has read it, and each is offered only what their
 * role allows.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesPagesTest {

    private static final String TEACHER = "outi.opettaja@kasvu.test";
    private static final String GUARDIAN = "hanna.huoltaja@kasvu.test";
    private static final Actor SEED = Actor.system("test");

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired Messaging messaging;
    @LocalServerPort int port;

    RealmFixture fixture;
    VaadinClient vaadin;
    TenantId lahti;
    Actor teacher;
    Actor guardian;
    UUID thread;

    @BeforeAll
    void aTeacherWhoHasWrittenToAGuardian() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        vaadin = new VaadinClient(port);
        lahti = fixture.municipality(registry, migrations, "lahti");
        fixture.role(lahti.slug(), "guardian");
        String teacherAccount = fixture.user(lahti.slug(), TEACHER, "Outi", "Opettaja", "teacher");
        String guardianAccount = fixture.user(lahti.slug(), GUARDIAN, "Hanna", "Huoltaja", "guardian");
        teacher = new Actor(teacherAccount, "Outi Opettaja", Set.of("teacher"));
        guardian = new Actor(guardianAccount, "Hanna Huoltaja", Set.of("guardian"));
        context.runAs(lahti, () -> {
            UUID school = schools.addSchool(SEED, "Kivimaan koulu", SchoolKind.BASIC).id();
            LocalDate today = LocalDate.now();
            int endingYear = today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear();
            var year = calendar.addSchoolYear(SEED, endingYear);
            UUID group = classes.addClass(SEED, new NewClass(school, year.id(), "4B", ClassType.HOMEROOM, Set.of(),
                    null, null)).id();
            UUID outi = people.addPerson(SEED, new NewPerson("Outi", "Opettaja", TEACHER, null, null, Role.TEACHER,
                    school));
            people.linkAccount(SEED, outi, teacherAccount);
            UUID pupil = people.addPerson(SEED, new NewPerson("Aino", "Oppilas", null, LocalDate.of(2016, 2, 2), null,
                    Role.STUDENT, school));
            UUID hanna = people.addPerson(SEED, new NewPerson("Hanna", "Huoltaja", GUARDIAN, null, null, Role.GUARDIAN,
                    school));
            people.linkAccount(SEED, hanna, guardianAccount);
            guardianships.addGuardian(SEED, hanna, pupil);
            enrollments.enroll(SEED, group, outi, EnrollmentRole.TEACHER, year.startDate(), null);
            enrollments.enroll(SEED, group, pupil, EnrollmentRole.STUDENT, year.startDate(), null);
            thread = messaging.startThread(teacher, new NewThread("Retki Heurekaan", Set.of(hanna),
                    "Lähdemme retkelle torstaina kello 8."));
        });
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void theInboxShowsAnUnreadThreadInWordsAndOpeningItMarksItRead() {
        String session = signIn(GUARDIAN);

        String inbox = vaadin.render(hostOf(lahti), InboxView.ROUTE, session).uidl();
        assertThat(inbox).contains("Retki Heurekaan").contains("Lukematta 1").contains("kasvu-unread")
                .contains("Lukemattomia viestejä: 1").doesNotContain("uusi-tiedote");

        String opened = vaadin.render(hostOf(lahti), ThreadView.ROUTE + "/" + thread, session).uidl();
        assertThat(opened).contains("Lähdemme retkelle torstaina kello 8.").contains("Outi Opettaja")
                .contains("vastaus");
        try (var bound = context.bind(lahti)) {
            assertThat(messaging.unreadCount(guardian)).isZero();
        }

        String teachers = vaadin.render(hostOf(lahti), ThreadView.ROUTE + "/" + thread, signIn(TEACHER)).uidl();
        assertThat(teachers).contains("1/1 lukenut");
    }

    @Test
    void eachIsOfferedOnlyWhatTheirRoleAllows() {
        String guardianSession = signIn(GUARDIAN);
        assertThat(vaadin.render(hostOf(lahti), AnnouncementView.ROUTE, guardianSession).uidl()).contains("ei-kohteita");
        assertThat(vaadin.render(hostOf(lahti), NotificationSettingsView.ROUTE, guardianSession).uidl())
                .contains("Hiljaiset tunnit").contains("Käytössä ovat roolisi oletukset.");

        String teacherSession = signIn(TEACHER);
        assertThat(vaadin.render(hostOf(lahti), InboxView.ROUTE, teacherSession).uidl()).contains("uusi-tiedote");
        assertThat(vaadin.render(hostOf(lahti), AnnouncementView.ROUTE, teacherSession).uidl())
                .contains("tiedote-kohde").doesNotContain("ei-kohteita");
        assertThat(vaadin.render(hostOf(lahti), ComposeView.ROUTE, teacherSession).uidl())
                .contains("vastaanottajat").doesNotContain("ei-vastaanottajia");
    }

    private String signIn(String username) {
        return new SignInClient(port).signIn(hostOf(lahti), username, RealmFixture.PASSWORD);
    }
}
