package fi.kasvu.ui.attendance;

import static fi.kasvu.platform.lessons.FixedSchoolDay.TODAY;
import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.attendance.AbsenceReason;
import fi.kasvu.platform.attendance.AbsenceReporting;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.LeaveApplication;
import fi.kasvu.platform.attendance.LeaveApplications;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.attendance.StudentName;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.LessonsFixture;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
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
import fi.kasvu.ui.portal.PortalViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The attendance pages against the real services, on {@link LessonsFixture}'s school day, and over HTTP signed in
 * through the municipality's real realm: what the teacher, the guardian and the principal get, and what they do not.
 */
@KasvuTest
@Import(FixedSchoolDay.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendancePagesTest {

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
    @Autowired PeopleDirectory directory;
    @Autowired Guardianships guardianships;
    @Autowired Timetables timetables;
    @Autowired SchoolHolidays holidays;
    @Autowired LessonSchedule schedule;
    @Autowired AttendanceMarking marking;
    @Autowired AbsenceReporting reporting;
    @Autowired LeaveApplications leave;
    @Autowired AttendanceRecords records;
    @Autowired TodaysLessonsCard todaysLessons;
    @Autowired AbsencesCard absencesCard;
    @Autowired SchoolGlanceCard schoolGlance;
    @LocalServerPort int port;

    RealmFixture realm;
    VaadinClient vaadin;
    TenantId oulu;
    LessonsFixture f;
    Actor matti;
    Actor outi;
    Actor hanna;
    Actor principal;

    @BeforeAll
    void aSchoolDayWithRealAccounts() {
        realm = new RealmFixture(realms, keycloak, tenancy);
        vaadin = new VaadinClient(port);
        oulu = realm.municipality(registry, migrations, "oulu");
        matti = account("matti@oulu.test", "Matti", "Matikainen", "teacher");
        outi = account("outi@oulu.test", "Outi", "Opettaja", "teacher");
        hanna = account("hanna@oulu.test", "Hanna", "Huoltaja", "guardian");
        principal = account("risto@oulu.test", "Risto", "Rehtori", "principal");
        context.runAs(oulu, () -> {
            f = new LessonsFixture(schools, calendar, classes, enrollments, people, guardianships, timetables,
                    holidays);
            people.linkAccount(CITY_ADMIN, f.matti, matti.accountId());
            people.linkAccount(CITY_ADMIN, f.outi, outi.accountId());
            people.linkAccount(CITY_ADMIN, f.hanna, hanna.accountId());
            people.linkAccount(CITY_ADMIN, f.school.principal, principal.accountId());
        });
    }

    @AfterAll
    void deleteRealm() {
        realm.close();
    }

    @Test
    void theTeacherFindsTodaysLessonInTheirDayAndMarksItWithTheKeyboard() {
        context.runAs(oulu, () -> {
            var day = new TeacherDay(schedule, matti, TODAY, TODAY);
            assertThat(day.lessons.getChildren().count()).isEqualTo(1);
            day.next.click();
            assertThat(day.day.getValue()).isEqualTo(TODAY.plusDays(1));
            assertThat(day.lessons.getChildren().count()).isZero();

            Lesson maths = schedule.teacherDay(matti, TODAY).getFirst();
            var panel = new MarkingPanel(marking, matti, maths.id());
            assertThat(panel.sheet.marks).hasSize(2);
            panel.sheet.keyPressed(1, "2");
            panel.save.click();

            assertThat(marking.rollCall(matti, maths.id()).students()).extracting(e -> e.mark())
                    .containsExactly(MarkKind.PRESENT, MarkKind.LATE);
            assertThat(panel.status.getClassName()).isEqualTo("kasvu-status");
            assertThat(schedule.teacherDay(matti, TODAY).getFirst().marked()).isTrue();
            assertThatThrownBy(() -> new MarkingPanel(marking, outi, maths.id()))
                    .as("Outi does not teach the maths group").isInstanceOf(AccessRefusedException.class);
        });
    }

    @Test
    void theGuardianReportsAChosenLessonAppliesForLeaveAndTheHomeroomTeacherGrantsIt() {
        context.runAs(oulu, () -> {
            var page = new GuardianAbsences(records, schedule, reporting, leave, hanna, TODAY);
            assertThat(page.child.getListDataView().getItems().map(StudentName::id)).containsExactly(f.eetu);

            page.report.firstDay.setValue(TODAY.minusDays(1));
            page.report.reason.setValue(AbsenceReason.ILLNESS);
            page.report.send.click();
            assertThat(page.report.firstDay.isInvalid()).isTrue();

            LocalDate nextWednesday = TODAY.plusDays(7);
            page.report.wholeDays.setValue(false);
            page.report.firstDay.setValue(nextWednesday);
            var offered = page.report.lessons.getListDataView().getItems().toList();
            assertThat(offered).extracting(Lesson::classTitle).containsExactly("8A MA");
            page.report.lessons.setValue(Set.of(offered.getFirst()));
            page.report.reason.setValue(AbsenceReason.OTHER);
            page.report.send.click();

            assertThat(page.report.firstDay.isInvalid()).isFalse();
            assertThat(marking.rollCall(CITY_ADMIN, offered.getFirst().id()).students())
                    .filteredOn(e -> e.studentId().equals(f.eetu)).singleElement()
                    .extracting(e -> e.mark()).isEqualTo(MarkKind.ABSENT_EXPLAINED);

            page.leaveForm.firstDay.setValue(TODAY.plusDays(12));
            page.leaveForm.lastDay.setValue(TODAY.plusDays(5));
            page.leaveForm.reason.setValue("Matka");
            page.leaveForm.send.click();
            assertThat(page.leaveForm.lastDay.isInvalid()).isTrue();
            page.leaveForm.lastDay.setValue(TODAY.plusDays(13));
            page.leaveForm.send.click();
            assertThat(page.applications.getChildren().count()).isEqualTo(1);

            var decisions = new LeaveDecisions(leave, outi);
            assertThat(decisions.decisions).hasSize(1);
            decisions.decisions.getFirst().approve().click();
            assertThat(leave.applicationsOf(hanna, f.eetu)).extracting(LeaveApplication::state)
                    .containsExactly(LeaveApplication.State.APPROVED);
            assertThat(new LeaveDecisions(leave, matti).decisions).isEmpty();
        });
    }

    @Test
    void thePrincipalsTimetablePageRefusesABadFileAndABadLessonOnTheirFields() {
        context.runAs(oulu, () -> {
            var page = new TimetableAdministration(schools, calendar, classes, directory, timetables, holidays,
                    principal);
            assertThat(page.school.getListDataView().getItems()).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(f.school.ownSchool));
            page.school.setValue(page.school.getListDataView().getItems().findFirst().orElseThrow());
            page.session.setValue(page.session.getListDataView().getItems().filter(s -> s.id().equals(f.autumn))
                    .findFirst().orElseThrow());
            page.group.setValue(page.group.getListDataView().getItems().filter(c -> c.id().equals(f.class8a))
                    .findFirst().orElseThrow());
            assertThat(page.slots.getListDataView().getItemCount()).isEqualTo(1);

            page.importFile("class,weekday,start,end\n8A,la,08:00,09:00\n");
            assertThat(page.importProblems.getChildren().count()).isEqualTo(1);
            assertThat(page.slots.getListDataView().getItemCount()).isEqualTo(1);

            page.weekday.setValue(java.time.DayOfWeek.TUESDAY);
            page.start.setValue(java.time.LocalTime.of(10, 0));
            page.end.setValue(java.time.LocalTime.of(9, 0));
            page.subject.setValue("EN");
            page.add.click();
            assertThat(page.end.isInvalid()).isTrue();
            page.end.setValue(java.time.LocalTime.of(10, 45));
            page.add.click();
            assertThat(page.end.isInvalid()).isFalse();
            assertThat(page.slots.getListDataView().getItemCount()).isEqualTo(2);
        });
    }

    @Test
    void eachCardAnswersOnlyThoseItIsFor() {
        context.runAs(oulu, () -> {
            assertThat(todaysLessons.render(new PortalViewer(matti, Optional.of(f.matti), Optional.empty())))
                    .hasValueSatisfying(card -> assertThat(card.getId()).contains("tanaan-opetan"));
            assertThat(todaysLessons.render(new PortalViewer(hanna, Optional.of(f.hanna), Optional.empty())))
                    .hasValueSatisfying(card -> assertThat(card.getId()).contains("tanaan-tunnit"));
            assertThat(absencesCard.render(new PortalViewer(hanna, Optional.of(f.hanna), Optional.empty())))
                    .hasValueSatisfying(card -> assertThat(card.getChildren()
                            .anyMatch(child -> child.getId().equals(Optional.of("poissaolot-" + f.eetu)))).isTrue());
            assertThat(absencesCard.render(new PortalViewer(matti, Optional.of(f.matti), Optional.empty()))).isEmpty();
            assertThat(schoolGlance.render(new PortalViewer(principal, Optional.of(f.school.principal),
                    Optional.empty()))).isPresent();
            assertThat(schoolGlance.render(new PortalViewer(outi, Optional.of(f.outi), Optional.empty()))).isEmpty();
        });
    }

    @Test
    void overHttpEachSignedInPersonGetsTheirPagesInFinnishAndNoOneElses() {
        String teacher = signIn("matti@oulu.test");
        assertThat(vaadin.render(hostOf(oulu), TeacherDayView.ROUTE, teacher).uidl())
                .contains("Päiväni").contains("8A MA").contains("Merkitse läsnäolot");
        assertThat(vaadin.render(hostOf(oulu), TimetableView.ROUTE, teacher).uidl()).doesNotContain("lj-koulu");
        assertThat(vaadin.render(hostOf(oulu), AbsencesView.ROUTE, teacher).uidl()).doesNotContain("lapsi");

        String guardian = signIn("hanna@oulu.test");
        String absences = vaadin.render(hostOf(oulu), AbsencesView.ROUTE, guardian).uidl();
        assertThat(absences).contains("Ilmoita poissaolosta etukäteen").contains("Eetu Oppilas")
                .doesNotContain("Aada Aikuinen").doesNotContain("Aino Oppilas");
        assertThat(vaadin.render(hostOf(oulu), TeacherDayView.ROUTE, guardian).uidl()).doesNotContain("Päiväni");

        String head = signIn("risto@oulu.test");
        assertThat(vaadin.render(hostOf(oulu), TimetableView.ROUTE, head).uidl()).contains("Lukujärjestykset")
                .contains("Hakunilan koulu").doesNotContain("Kartanonkosken koulu");
    }

    private Actor account(String username, String given, String family, String role) {
        String id = realm.user(oulu.slug(), username, given, family, role);
        return new Actor(id, given + " " + family, Set.of(role));
    }

    private String signIn(String username) {
        return new SignInClient(port).signIn(hostOf(oulu), username, RealmFixture.PASSWORD);
    }

}
