package fi.kasvu.platform.attendance;

import static fi.kasvu.platform.lessons.FixedSchoolDay.TODAY;
import static fi.kasvu.platform.lessons.LessonsFixture.GUARDIAN;
import static fi.kasvu.platform.lessons.LessonsFixture.MATHS_TEACHER;
import static fi.kasvu.platform.lessons.LessonsFixture.OTHER_TEACHER;
import static fi.kasvu.platform.lessons.LessonsFixture.PRINCIPAL;
import static fi.kasvu.platform.lessons.LessonsFixture.PUPIL;
import static fi.kasvu.platform.lessons.LessonsFixture.TEACHER;
import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.attendance.LeaveApplication.Decider;
import fi.kasvu.platform.attendance.LeaveApplication.State;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.school.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Guardians report absences ahead, explain past ones and apply for leave; who decides; nothing half-written. */
@PlatformTest
@Import(FixedSchoolDay.class)
@RecordApplicationEvents
class ReportsAndLeaveTest extends AttendanceTestBase {

    @Autowired ApplicationEvents events;

    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 9);

    @Test
    void aReportedWholeDayComesPreFilledAndSoDoesASingleReportedLessonOnly() {
        reporting.reportAbsence(GUARDIAN, new NewAbsenceReport(f.eetu, FRIDAY, null, Set.of(), AbsenceReason.ILLNESS,
                "Kuumetta"));
        Lesson nextWednesday = lessonOn(f.maths8a, LocalDate.of(2026, 10, 14));
        Lesson nextFriday = lessonOn(f.maths8a, LocalDate.of(2026, 10, 16));
        reporting.reportAbsence(GUARDIAN, new NewAbsenceReport(f.eetu, nextWednesday.day(), nextFriday.day(),
                Set.of(nextWednesday.id()), AbsenceReason.OTHER, "Hammaslääkäri"));
        Lesson friday = lessonOn(f.maths8a, FRIDAY);

        var roll = marking.rollCall(MATHS_TEACHER, friday.id());
        assertThat(roll.students()).filteredOn(e -> e.studentId().equals(f.eetu)).singleElement()
                .satisfies(e -> {
                    assertThat(e.mark()).isEqualTo(MarkKind.ILLNESS);
                    assertThat(e.source()).isEqualTo("REPORT");
                });
        assertThat(marking.markLesson(MATHS_TEACHER, friday.id(), Map.of()).marks()).containsEntry(f.eetu,
                MarkKind.ILLNESS).containsEntry(f.aino, MarkKind.PRESENT);
        assertThat(markOf(nextWednesday.id(), f.eetu)).isEqualTo(MarkKind.ABSENT_EXPLAINED);
        assertThat(markOf(nextFriday.id(), f.eetu)).isEqualTo(MarkKind.PRESENT);
        assertThat(marking.markLesson(MATHS_TEACHER, nextWednesday.id(), Map.of(f.eetu, MarkKind.PRESENT)).marks())
                .as("the teacher overrules a report by naming the student").containsEntry(f.eetu, MarkKind.PRESENT);
    }

    @Test
    void aReportForSomeoneNotYourChildOrWithBadDaysIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> reporting.reportAbsence(GUARDIAN, new NewAbsenceReport(f.aino, FRIDAY, null, Set.of(),
                AbsenceReason.ILLNESS, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> reporting.reportAbsence(GUARDIAN, new NewAbsenceReport(f.aada, FRIDAY, null, Set.of(),
                AbsenceReason.ILLNESS, null))).as("the child has turned 18").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> reporting.reportAbsence(TEACHER, new NewAbsenceReport(f.eetu, FRIDAY, null, Set.of(),
                AbsenceReason.ILLNESS, null))).isInstanceOf(AccessRefusedException.class);
        assertRefused(new NewAbsenceReport(f.eetu, FRIDAY, FRIDAY.minusDays(1), Set.of(), AbsenceReason.ILLNESS, null),
                "lastDay");
        assertRefused(new NewAbsenceReport(f.eetu, TODAY.minusDays(1), null, Set.of(), AbsenceReason.ILLNESS, null),
                "firstDay");
        assertRefused(new NewAbsenceReport(f.eetu, FRIDAY, null, Set.of(), null, null), "reason");
        assertRefused(new NewAbsenceReport(f.eetu, FRIDAY, null, Set.of(lessonOn(f.class8c, TODAY.plusDays(7)).id()),
                AbsenceReason.OTHER, null), "lessons");

        assertThat(markOf(lessonOn(f.maths8a, FRIDAY).id(), f.eetu)).isEqualTo(MarkKind.PRESENT);
    }

    @Test
    void aGuardianExplainsPastUnexplainedAbsencesOnly() {
        Lesson past = lessonOn(f.maths8a, LocalDate.of(2026, 9, 30));
        Lesson other = lessonOn(f.maths8a, LocalDate.of(2026, 10, 2));
        marking.markLesson(MATHS_TEACHER, past.id(), Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));
        marking.markLesson(MATHS_TEACHER, other.id(), Map.of());

        assertThatThrownBy(() -> reporting.explainAbsences(GUARDIAN, f.eetu, Set.of(past.id(), other.id()),
                AbsenceReason.OTHER, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("lessons"));
        assertThat(markOf(past.id(), f.eetu)).isEqualTo(MarkKind.ABSENT_UNEXPLAINED);
        assertThatThrownBy(() -> reporting.explainAbsences(PUPIL, f.eetu, Set.of(past.id()), AbsenceReason.OTHER, null))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(reporting.explainAbsences(GUARDIAN, f.eetu, Set.of(past.id()), AbsenceReason.ILLNESS, "Flunssa"))
                .isEqualTo(1);
        assertThat(markOf(past.id(), f.eetu)).isEqualTo(MarkKind.ILLNESS);
        assertThat(events.stream(MarksChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.studentId()).isEqualTo(f.eetu);
            assertThat(changed.lessonIds()).containsExactly(past.id());
            assertThat(changed.cause()).isEqualTo("EXPLAINED");
        });
    }

    @Test
    void shortLeaveIsTheHomeroomTeachersLongerThePrincipalsAndAnApprovalTurnsMarksIntoPermittedLeave() {
        Lesson monday = lessonOn(f.class8a, LocalDate.of(2026, 10, 12));
        marking.markLesson(TEACHER, monday.id(), Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));
        LeaveApplication trip = leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu, LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 14), "Mummon syntymäpäivät"));
        LeaveApplication aroundTheBreak = leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu,
                LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 26), "Matka"));
        LeaveApplication long_ = leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 6), "Perheen matka"));

        assertThat(trip.schoolDays()).isEqualTo(3);
        assertThat(trip.decider()).isEqualTo(Decider.HOMEROOM_TEACHER);
        assertThat(aroundTheBreak.schoolDays()).as("the autumn break is no school day").isEqualTo(2);
        assertThat(long_.schoolDays()).isEqualTo(5);
        assertThat(long_.decider()).isEqualTo(Decider.PRINCIPAL);
        assertThat(leave.toDecide(TEACHER)).extracting(LeaveApplication::id).containsExactly(trip.id(),
                aroundTheBreak.id());
        assertThat(leave.toDecide(PRINCIPAL)).hasSize(3);
        assertThat(leave.toDecide(MATHS_TEACHER)).isEmpty();

        assertThatThrownBy(() -> leave.decide(MATHS_TEACHER, trip.id(), true, null))
                .as("teaches Eetu, but not his homeroom class").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> leave.decide(TEACHER, long_.id(), true, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> leave.decide(GUARDIAN, trip.id(), true, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> leave.decide(PRINCIPAL, long_.id(), false, " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(leave.applicationsOf(GUARDIAN, f.eetu)).filteredOn(a -> a.id().equals(long_.id())).singleElement()
                .extracting(LeaveApplication::state).isEqualTo(State.PENDING);

        LeaveApplication approved = leave.decide(TEACHER, trip.id(), true, "Hyvää matkaa");
        leave.decide(PRINCIPAL, long_.id(), false, "Koeviikko");

        assertThat(approved.state()).isEqualTo(State.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("Outi Opettaja");
        assertThat(markOf(monday.id(), f.eetu)).isEqualTo(MarkKind.PERMITTED_LEAVE);
        assertThat(events.stream(MarksChanged.class)).singleElement()
                .extracting(MarksChanged::lessonIds, MarksChanged::cause)
                .containsExactly(Set.of(monday.id()), "LEAVE_APPROVED");
        assertThat(marking.rollCall(MATHS_TEACHER, lessonOn(f.maths8a, LocalDate.of(2026, 10, 14)).id()).students())
                .filteredOn(e -> e.studentId().equals(f.eetu)).singleElement()
                .extracting(RollCall.Entry::mark, RollCall.Entry::source)
                .containsExactly(MarkKind.PERMITTED_LEAVE, "LEAVE");
        assertThat(markOf(lessonOn(f.maths8a, LocalDate.of(2026, 11, 4)).id(), f.eetu)).isEqualTo(MarkKind.PRESENT);
        assertThatThrownBy(() -> leave.decide(TEACHER, trip.id(), false, "Muutin mieleni"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("application"));
        assertThat(leave.toDecide(PRINCIPAL)).extracting(LeaveApplication::id).containsExactly(aroundTheBreak.id());
    }

    @Test
    void aLeaveApplicationWithBadDaysOrForSomeoneElseIsRefusedAndTheLimitIsTheMunicipalitys() {
        assertThatThrownBy(() -> leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu, FRIDAY, FRIDAY.minusDays(1),
                "Matka"))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("lastDay"));
        assertThatThrownBy(() -> leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu, TODAY.minusDays(2),
                TODAY, "Matka"))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("firstDay"));
        assertThatThrownBy(() -> leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu, FRIDAY, FRIDAY, ""))).
                isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> leave.apply(GUARDIAN, new NewLeaveApplication(f.aino, FRIDAY, FRIDAY, "Matka")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> leave.apply(OTHER_TEACHER, new NewLeaveApplication(f.eetu, FRIDAY, FRIDAY, "Matka")))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(leave.applicationsOf(GUARDIAN, f.eetu)).isEmpty();
        assertThat(leave.teacherDecidesUpTo()).isEqualTo(3);
        assertThatThrownBy(() -> leave.setTeacherDecidesUpTo(PRINCIPAL, 1)).isInstanceOf(AccessRefusedException.class);

        leave.setTeacherDecidesUpTo(CITY_ADMIN, 1);

        assertThat(leave.apply(GUARDIAN, new NewLeaveApplication(f.eetu, FRIDAY, FRIDAY.plusDays(3), "Matka"))
                .decider()).isEqualTo(Decider.PRINCIPAL);
    }

    private void assertRefused(NewAbsenceReport report, String field) {
        assertThatThrownBy(() -> reporting.reportAbsence(GUARDIAN, report)).as(field)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
