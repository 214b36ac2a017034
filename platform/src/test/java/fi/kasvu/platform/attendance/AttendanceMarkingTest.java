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
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.school.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A teacher marks a whole lesson in one call; who may mark and read; the totals; the principal's glance. */
@PlatformTest
@Import(FixedSchoolDay.class)
@RecordApplicationEvents
class AttendanceMarkingTest extends AttendanceTestBase {

    @Autowired ApplicationEvents events;

    @Test
    void theTeacherNamesOnlyTheExceptionsAndEveryoneElseIsPresentAndMarkingAgainReplaces() {
        Lesson maths = lessonOn(f.maths8a, TODAY);

        LessonMarked marked = marking.markLesson(MATHS_TEACHER, maths.id(), Map.of(f.eetu, MarkKind.LATE));

        assertThat(marked.marks()).isEqualTo(Map.of(f.aino, MarkKind.PRESENT, f.eetu, MarkKind.LATE));
        assertThat(marked.lessonMinutes()).isEqualTo(45);
        assertThat(events.stream(LessonMarked.class)).singleElement().satisfies(event -> {
            assertThat(event.lessonId()).isEqualTo(maths.id());
            assertThat(event.tenant()).isEqualTo(context.require());
            assertThat(event.marks()).containsEntry(f.eetu, MarkKind.LATE);
        });
        assertThat(lessonOn(f.maths8a, TODAY).marked()).isTrue();

        marking.markLesson(MATHS_TEACHER, maths.id(), Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));

        assertThat(markOf(maths.id(), f.aino)).isEqualTo(MarkKind.ABSENT_UNEXPLAINED);
        assertThat(markOf(maths.id(), f.eetu)).isEqualTo(MarkKind.PRESENT);
        assertThat(marking.rollCall(MATHS_TEACHER, maths.id()).students()).extracting(RollCall.Entry::source)
                .containsOnly("MARKED");
        assertThat(events.stream(LessonMarked.class)).hasSize(2);
    }

    @Test
    void aMarkForALessonThatDoesNotExistOrAStudentNotInTheGroupIsRefusedAndNothingIsWritten() {
        Lesson maths = lessonOn(f.maths8a, TODAY);
        marking.markLesson(MATHS_TEACHER, maths.id(), Map.of(f.eetu, MarkKind.LATE));

        assertThatThrownBy(() -> marking.markLesson(MATHS_TEACHER, UUID.randomUUID(), Map.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("lesson"));
        assertThatThrownBy(() -> marking.markLesson(MATHS_TEACHER, maths.id(), Map.of(f.aino, MarkKind.ILLNESS,
                f.olli, MarkKind.ABSENT_UNEXPLAINED)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("marks"));
        assertThatThrownBy(() -> marking.markLesson(MATHS_TEACHER, maths.id(), Map.of(f.aada, MarkKind.ILLNESS)))
                .as("Aada is in 8A but not in its maths group").isInstanceOf(InvalidFieldException.class);

        assertThat(markOf(maths.id(), f.aino)).isEqualTo(MarkKind.PRESENT);
        assertThat(markOf(maths.id(), f.eetu)).isEqualTo(MarkKind.LATE);
    }

    @Test
    void onlyTheGroupsTeachersItsPrincipalAndACityAdminMark() {
        Lesson maths = lessonOn(f.maths8a, TODAY);

        for (var refused : new fi.kasvu.platform.audit.Actor[] {OTHER_TEACHER, TEACHER, GUARDIAN, PUPIL}) {
            assertThatThrownBy(() -> marking.markLesson(refused, maths.id(), Map.of())).as(refused.displayName())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> marking.rollCall(refused, maths.id())).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(lessonOn(f.maths8a, TODAY).marked()).isFalse();
        marking.markLesson(PRINCIPAL, maths.id(), Map.of());
        marking.markLesson(CITY_ADMIN, maths.id(), Map.of());
        assertThat(lessonOn(f.maths8a, TODAY).marked()).isTrue();
    }

    @Test
    void aStudentsTermTotalsCountLessonsHoursAndSharesAndStaffReadsAreAudited() {
        LocalDate monday = LocalDate.of(2026, 9, 28);
        marking.markLesson(TEACHER, lessonOn(f.class8a, monday).id(), Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        marking.markLesson(MATHS_TEACHER, lessonOn(f.maths8a, monday.plusDays(2)).id(), Map.of(f.aino, MarkKind.ILLNESS));
        marking.markLesson(MATHS_TEACHER, lessonOn(f.maths8a, monday.plusDays(4)).id(), Map.of(f.aino, MarkKind.ILLNESS));
        marking.markLesson(MATHS_TEACHER, lessonOn(f.maths8a, TODAY).id(), Map.of());
        long auditedBefore = audit.count(CITY_ADMIN, new AuditQuery(f.aino, null, "attendance.read", null, null));

        AttendanceTotals totals = records.termTotals(PUPIL, f.aino, f.autumn);

        assertThat(totals.lessons()).isEqualTo(4);
        assertThat(totals.hours()).isCloseTo(3.0, within(0.001));
        assertThat(totals.of(MarkKind.ILLNESS).lessons()).isEqualTo(2);
        assertThat(totals.of(MarkKind.ILLNESS).hours()).isCloseTo(1.5, within(0.001));
        assertThat(totals.of(MarkKind.ILLNESS).share()).isCloseTo(0.5, within(0.001));
        assertThat(totals.of(MarkKind.ABSENT_UNEXPLAINED).share()).isCloseTo(0.25, within(0.001));
        assertThat(totals.absentHours()).isCloseTo(2.25, within(0.001));
        assertThat(records.absences(PUPIL, f.aino, LocalDate.of(2026, 8, 1), TODAY))
                .extracting(StudentMark::kind).containsExactly(MarkKind.ILLNESS, MarkKind.ILLNESS,
                        MarkKind.ABSENT_UNEXPLAINED);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(f.aino, null, "attendance.read", null, null)))
                .as("the student's own reads are not audited").isEqualTo(auditedBefore);

        assertThat(records.termTotals(MATHS_TEACHER, f.aino, f.autumn).lessons()).isEqualTo(4);
        records.absences(PRINCIPAL, f.aino, LocalDate.of(2026, 8, 1), TODAY);

        assertThat(audit.count(CITY_ADMIN, new AuditQuery(f.aino, null, "attendance.read", null, null)))
                .isEqualTo(auditedBefore + 2);
        assertThatThrownBy(() -> records.termTotals(OTHER_TEACHER, f.aino, f.autumn))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.absences(GUARDIAN, f.aino, TODAY, TODAY))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.absences(GUARDIAN, f.aada, TODAY, TODAY))
                .as("the guardian of a student who has turned 18").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.absences(PUPIL, f.eetu, TODAY, TODAY))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(records.termOn(TODAY)).hasValueSatisfying(term -> assertThat(term.id()).isEqualTo(f.autumn));
    }

    @Test
    void thePrincipalSeesTheirSchoolsDayAtAGlance() {
        marking.markLesson(MATHS_TEACHER, lessonOn(f.maths8a, TODAY).id(), Map.of(f.aino, MarkKind.ILLNESS,
                f.eetu, MarkKind.LATE));

        var days = records.schoolDays(PRINCIPAL, TODAY);

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.schoolId()).isEqualTo(f.school.ownSchool);
            assertThat(day.lessons()).isEqualTo(1);
            assertThat(day.lessonsMarked()).isEqualTo(1);
            assertThat(day.studentsAbsent()).isEqualTo(1);
            assertThat(day.marks()).containsEntry(MarkKind.ILLNESS, 1).containsEntry(MarkKind.LATE, 1);
        });
        assertThat(records.schoolDays(CITY_ADMIN, TODAY)).hasSize(2);
        assertThatThrownBy(() -> records.schoolDays(TEACHER, TODAY)).isInstanceOf(AccessRefusedException.class);
    }
}
