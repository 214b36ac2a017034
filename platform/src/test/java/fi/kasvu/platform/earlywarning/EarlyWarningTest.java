package fi.kasvu.platform.earlywarning;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.NewAssessment;
import fi.kasvu.platform.assessment.ResultEntry;
import fi.kasvu.platform.assessment.Scale;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.LessonsFixture;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Indicators follow the marks and results as they are recorded: thresholds crossed and un-crossed, alerts to the right people. */
@PlatformTest
@Import(FixedSchoolDay.class)
class EarlyWarningTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 2);
    static final LocalDate WEDNESDAY = FixedSchoolDay.TODAY;
    static final Actor GOVERNANCE = new Actor("governance-account", "Sivistysjohtaja", Set.of("governance"));
    static final WarningSettings STRICT = new WarningSettings(List.of(1, 3), new BigDecimal("50"), 14, true,
            new BigDecimal("0.5"), Set.of("ABSENT_EXPLAINED", "ABSENT_UNEXPLAINED", "ILLNESS", "PERMITTED_LEAVE"));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired Timetables timetables;
    @Autowired SchoolHolidays holidays;
    @Autowired LessonSchedule schedule;
    @Autowired AttendanceMarking marking;
    @Autowired Assessments assessments;
    @Autowired WarningSettingsStore settings;
    @Autowired Alerts alerts;
    @Autowired Indicators indicators;
    @Autowired AuditLog audit;
    @Autowired fi.kasvu.platform.attendance.AbsenceReporting reporting;
    @Autowired fi.kasvu.platform.support.SupportDecisions support;

    TenantContext.Binding bound;
    LessonsFixture f;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "salo"));
        f = new LessonsFixture(schools, calendar, classes, enrollments, people, guardianships, timetables, holidays);
        settings.change(CITY_ADMIN, STRICT);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void absenceHoursCrossTheLadderAndFallBackWhenAMarkIsCorrected() {
        mark(f.class8a, MONDAY, LessonsFixture.TEACHER, MarkKind.ABSENT_UNEXPLAINED);
        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_HOURS)).isEmpty();

        mark(f.maths8a, WEDNESDAY, LessonsFixture.MATHS_TEACHER, MarkKind.ILLNESS);

        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_HOURS)).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(1);
            assertThat(alert.value()).isEqualByComparingTo("1.50");
            assertThat(alert.studentId()).isEqualTo(f.aino);
        });

        mark(f.maths8a, WEDNESDAY, LessonsFixture.MATHS_TEACHER, MarkKind.PRESENT);

        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_HOURS)).isEmpty();
        assertThat(alerts.forMe(LessonsFixture.TEACHER, false)).filteredOn(a -> a.indicator() == Indicator.ABSENCE_HOURS)
                .singleElement().extracting(AlertSummary::state).isEqualTo(AlertState.WITHDRAWN);
    }

    @Test
    void aGuardiansExplanationMovesHoursOutOfTheCountedKindsAndTheAlertIsWithdrawn() {
        settings.change(CITY_ADMIN, new WarningSettings(List.of(1), new BigDecimal("100"), 14, false,
                new BigDecimal("0.5"), Set.of("ABSENT_UNEXPLAINED")));
        Lesson monday = schedule.classLessons(CITY_ADMIN, f.class8a, MONDAY, MONDAY).getFirst();
        Lesson wednesday = schedule.classLessons(CITY_ADMIN, f.maths8a, WEDNESDAY, WEDNESDAY).getFirst();
        marking.markLesson(LessonsFixture.TEACHER, monday.id(), Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));
        marking.markLesson(LessonsFixture.MATHS_TEACHER, wednesday.id(), Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_HOURS)).singleElement()
                .extracting(AlertSummary::studentId).isEqualTo(f.eetu);

        reporting.explainAbsences(LessonsFixture.GUARDIAN, f.eetu, Set.of(monday.id()),
                fi.kasvu.platform.attendance.AbsenceReason.ILLNESS, null);

        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_HOURS)).isEmpty();
    }

    @Test
    void theShareOfLessonsMissedOverTheWindowCrossesAndUncrosses() {
        mark(f.maths8a, FRIDAY, LessonsFixture.MATHS_TEACHER, MarkKind.ABSENT_EXPLAINED);
        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_SHARE)).singleElement()
                .satisfies(alert -> assertThat(alert.value()).isEqualByComparingTo("100.00"));

        mark(f.class8a, MONDAY, LessonsFixture.TEACHER, MarkKind.PRESENT);
        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_SHARE)).hasSize(1);
        mark(f.maths8a, WEDNESDAY, LessonsFixture.MATHS_TEACHER, MarkKind.PRESENT);

        assertThat(open(LessonsFixture.TEACHER, Indicator.ABSENCE_SHARE)).isEmpty();
    }

    @Test
    void aFailingResultRaisesAnAlertAndItsCorrectionWithdrawsIt() {
        var test = assessments.addAssessment(LessonsFixture.MATHS_TEACHER, new NewAssessment(f.maths8a, "Koe 1",
                LocalDate.of(2026, 9, 30), Scale.MARKS, null, null));
        assessments.recordResults(LessonsFixture.MATHS_TEACHER, test.id(), List.of(new ResultEntry(f.eetu, "4+", null),
                new ResultEntry(f.aino, "8", null)));

        assertThat(open(LessonsFixture.TEACHER, Indicator.FAILING_GRADE)).singleElement()
                .extracting(AlertSummary::studentId).isEqualTo(f.eetu);

        assessments.recordResults(LessonsFixture.MATHS_TEACHER, test.id(), List.of(new ResultEntry(f.eetu, "6-", null)));
        assertThat(open(LessonsFixture.TEACHER, Indicator.FAILING_GRADE)).isEmpty();
    }

    @Test
    void theResponsiblePeopleSeeAndActOthersAreRefusedAndAudited() {
        mark(f.maths8a, FRIDAY, LessonsFixture.MATHS_TEACHER, MarkKind.ABSENT_UNEXPLAINED);
        AlertSummary alert = open(LessonsFixture.TEACHER, Indicator.ABSENCE_SHARE).getFirst();

        assertThat(open(LessonsFixture.PRINCIPAL, Indicator.ABSENCE_SHARE)).extracting(AlertSummary::id)
                .containsExactly(alert.id());
        assertThat(alerts.forMe(LessonsFixture.MATHS_TEACHER, true)).isEmpty();
        assertThat(alerts.forMe(LessonsFixture.OTHER_TEACHER, true)).isEmpty();
        assertThatThrownBy(() -> alerts.ofStudent(GOVERNANCE, f.aino)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> alerts.ofStudent(LessonsFixture.OTHER_TEACHER, f.aino))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> alerts.act(LessonsFixture.MATHS_TEACHER, alert.id(), AlertAction.RESOLVED, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(f.aino, null, "early-warning.refused", null, null)))
                .isEqualTo(3);

        alerts.act(LessonsFixture.TEACHER, alert.id(), AlertAction.CONTACTED_HOME, "Soitettu huoltajalle.");
        alerts.act(LessonsFixture.PRINCIPAL, alert.id(), AlertAction.RESOLVED, null);

        AlertSummary done = alerts.ofStudent(LessonsFixture.TEACHER, f.aino).getFirst();
        assertThat(done.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(done.actions()).extracting(AlertSummary.ActionTaken::action)
                .containsExactly(AlertState.CONTACTED_HOME, AlertState.RESOLVED);
        assertThatThrownBy(() -> alerts.act(LessonsFixture.TEACHER, alert.id(), AlertAction.ACKNOWLEDGED, null))
                .hasMessageContaining("closed");
    }

    @Test
    void thresholdsThatContradictEachOtherAreRefusedNamingTheField() {
        assertField(new WarningSettings(List.of(50, 30), BigDecimal.TEN, 28, true, new BigDecimal("0.5"),
                STRICT.countedKinds()), "ladderHours");
        assertField(new WarningSettings(List.of(30, 30), BigDecimal.TEN, 28, true, new BigDecimal("0.5"),
                STRICT.countedKinds()), "ladderHours");
        assertField(new WarningSettings(List.of(30), BigDecimal.ZERO, 28, true, new BigDecimal("0.5"),
                STRICT.countedKinds()), "sharePercent");
        assertField(new WarningSettings(List.of(30), BigDecimal.TEN, 3, true, new BigDecimal("0.5"),
                STRICT.countedKinds()), "windowDays");
        assertField(new WarningSettings(List.of(30), BigDecimal.TEN, 28, true, BigDecimal.ZERO,
                STRICT.countedKinds()), "averageDrop");
        assertField(new WarningSettings(List.of(30), BigDecimal.TEN, 28, true, new BigDecimal("0.5"),
                Set.of("PRESENT")), "countedKinds");
        assertThatThrownBy(() -> settings.change(LessonsFixture.PRINCIPAL, STRICT)).isInstanceOf(AccessRefusedException.class);
        assertThat(settings.current().ladderHours()).containsExactly(1, 3);
    }

    @Test
    void recomputingEveryoneFindsWhatTheEventsFound() {
        mark(f.maths8a, FRIDAY, LessonsFixture.MATHS_TEACHER, MarkKind.ABSENT_UNEXPLAINED);
        int openBefore = alerts.forMe(LessonsFixture.PRINCIPAL, true).size();

        assertThat(indicators.recomputeAll()).isZero();
        assertThat(alerts.forMe(LessonsFixture.PRINCIPAL, true)).hasSize(openBefore);
    }

    @Test
    void aSupportDraftQuotesWhatKasvuKnowsOfThePupil() {
        mark(f.class8a, MONDAY, LessonsFixture.TEACHER, MarkKind.ABSENT_UNEXPLAINED);
        mark(f.maths8a, WEDNESDAY, LessonsFixture.MATHS_TEACHER, MarkKind.ILLNESS);

        UUID draft = support.draft(LessonsFixture.TEACHER, f.aino, new fi.kasvu.platform.support.SupportDraft(
                Set.of(), Set.of(), null, null, null));

        var evidence = support.decision(LessonsFixture.TEACHER, draft).evidence();
        assertThat(evidence).extracting(fi.kasvu.platform.support.EvidenceSection::source)
                .containsExactly("attendanceAndLearning");
        assertThat(evidence.getFirst().facts()).contains(
                fi.kasvu.platform.support.EvidenceSection.Fact.of("absenceHours", "1.5"),
                fi.kasvu.platform.support.EvidenceSection.Fact.of("absenceShare", "100.0", 2),
                fi.kasvu.platform.support.EvidenceSection.Fact.of("openAlert", "ABSENCE_HOURS", 1));
    }

    private void assertField(WarningSettings wrong, String field) {
        assertThatThrownBy(() -> settings.change(CITY_ADMIN, wrong))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private List<AlertSummary> open(Actor who, Indicator indicator) {
        return alerts.forMe(who, true).stream().filter(a -> a.indicator() == indicator).toList();
    }

    /** Marks the group's lesson on the day: Aino with the mark, everyone else present. */
    private void mark(UUID group, LocalDate day, Actor teacher, MarkKind ainoMark) {
        Lesson lesson = schedule.classLessons(CITY_ADMIN, group, day, day).getFirst();
        marking.markLesson(teacher, lesson.id(), Map.of(f.aino, ainoMark));
    }
}
