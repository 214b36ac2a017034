package fi.kasvu.platform.earlywarning;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.LessonsFixture;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.platform.messages.NewThread;
import fi.kasvu.platform.messages.NotificationDelivery;
import fi.kasvu.platform.messages.NotificationPreferences;
import fi.kasvu.platform.messages.NotificationSettings;
import fi.kasvu.platform.messages.QuietHours;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new alert reaches the people responsible by mail, through the messages' queue and real SMTP (GreenMail): once per
 * raised alert, never with the pupil or the values, in the marking's transaction, honouring the municipality's switch
 * and each person's preferences, quiet hours and digest; a burst is one mail per person.
 */
@PlatformTest
@Import(FixedSchoolDay.class)
class AlertMailsTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    static final String OUTI = "outi@kunta.test";
    static final String RISTO = "risto.rehtori@kunta.test";
    static final String MATTI = "matti@kunta.test";
    static final String ERJA = "erja@kunta.test";
    static final Actor SPECIAL_NEEDS_TEACHER = new Actor("erja-account", "Erja Erityisopettaja",
            Set.of("teacher", "special-needs-teacher"));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("kasvu.messages.sender-enabled", () -> "false");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

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
    @Autowired WarningSettingsStore settings;
    @Autowired Alerts alerts;
    @Autowired Indicators indicators;
    @Autowired NotificationDelivery delivery;
    @Autowired NotificationSettings notificationSettings;
    @Autowired Messaging messaging;
    @Autowired PlatformTransactionManager transactions;
    @Autowired EntityManager entities;
    @Autowired Clock clock;

    TenantId tenant;
    TenantContext.Binding bound;
    LessonsFixture f;
    Instant now;

    @BeforeEach
    void municipality() {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "halytys");
        bound = context.bind(tenant);
        f = new LessonsFixture(schools, calendar, classes, enrollments, people, guardianships, timetables, holidays);
        settings.change(CITY_ADMIN, EarlyWarningTest.STRICT);
        now = clock.instant();
        purge();
    }

    @AfterEach
    void unbind() {
        bound.close();
    }

    @Test
    void aRaisedAlertMailsTheResponsiblePeopleWithoutThePupilOrTheValues() throws Exception {
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(open(LessonsFixture.TEACHER)).singleElement()
                .satisfies(alert -> assertThat(alert.value()).isEqualByComparingTo("100.00"));

        assertThat(delivery.sendDue(now)).isEqualTo(2);

        assertThat(recipients()).containsExactlyInAnyOrder(OUTI, RISTO);
        String portal = "http://" + tenant.slug() + ".kasvu.test:8080";
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            String text = text(mail);
            assertThat(mail.getSubject()).isEqualTo("Varhainen tuki / Tidigt stöd / Early warning: Municipality "
                    + tenant.slug());
            assertThat(text).contains("Kasvussa (Municipality " + tenant.slug() + ") on uusi varhaisen tuen hälytys")
                    .contains("Ett nytt larm om tidigt stöd").contains("A new early-warning alert needs your attention")
                    .contains(portal + "/varhainen-tuki").doesNotContain("/viestit");
            String withoutLinks = (mail.getSubject() + text).replace(portal, "").replace(tenant.slug(), "");
            assertThat(withoutLinks).doesNotContain("Aino").doesNotContain("Oppilas").doesNotContain("100")
                    .doesNotContain("ABSENCE").doesNotContain("poissa").doesNotContain(f.aino.toString());
        }
        assertThat(delivery.sendDue(now.plusSeconds(60))).as("sent once").isZero();
    }

    @Test
    void aMarkingThatRollsBackQueuesNothing() {
        int[] queuedInside = new int[1];
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER,
                    Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
            // runs after early warning's own, which raises the alert and queues its notices just before the commit
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    queuedInside[0] = waiting();
                    throw new IllegalStateException("the commit fails after the alert was raised");
                }
            });
        })).hasMessageContaining("the commit fails");

        assertThat(queuedInside[0]).as("queued in the marking's transaction").isEqualTo(2);
        assertThat(alerts.forMe(LessonsFixture.TEACHER, false)).isEmpty();
        assertThat(inTransaction(this::waiting)).isZero();
        assertThat(delivery.sendDue(now.plus(Duration.ofDays(1)))).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAlertRaisedAgainWhileStillOpenQueuesNothingNew() {
        List<Integer> lowLadder = List.of(1, 2);
        settings.change(CITY_ADMIN, withLadder(lowLadder));
        mark(f.class8a, EarlyWarningTest.MONDAY, LessonsFixture.TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        mark(f.maths8a, EarlyWarningTest.WEDNESDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ILLNESS));
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ILLNESS));
        UUID twoHours = hoursAlert(2);
        assertThat(delivery.sendDue(now)).isEqualTo(2);
        assertThat(text(to(OUTI))).as("the share and both steps, in one mail")
                .contains("3 uutta varhaisen tuen hälytystä").contains("3 new early-warning alerts");
        purge();

        // 2.25 hours: the ladder 2, 3 puts Aino on its first step, which is 2 hours, so the alert stays open ...
        settings.change(CITY_ADMIN, withLadder(List.of(2, 3)));
        assertThat(hoursAlert(2)).isEqualTo(twoHours);
        // ... and the ladder 1, 2 raises 2 hours again: the alert that is open already
        settings.change(CITY_ADMIN, withLadder(lowLadder));
        assertThat(indicators.recomputeAll()).as("a recompute that changes nothing").isZero();

        assertThat(hoursAlert(2)).isEqualTo(twoHours);
        assertThat(inTransaction(this::waiting)).isZero();
        assertThat(delivery.sendDue(now.plus(Duration.ofDays(1)))).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void theMunicipalityTurnsAlertMailsOffAndWhatWaitsIsWithdrawn() {
        quiet(LessonsFixture.PRINCIPAL);
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now)).isEqualTo(1);
        assertThat(recipients()).containsExactly(OUTI);
        purge();

        settings.change(CITY_ADMIN, EarlyWarningTest.STRICT.withAlertMails(false));
        assertThat(settings.current().alertMails()).isFalse();
        mark(f.class8a, EarlyWarningTest.MONDAY, LessonsFixture.TEACHER, Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));

        assertThat(open(LessonsFixture.TEACHER)).extracting(AlertSummary::studentId).contains(f.aino, f.eetu);
        assertThat(delivery.sendDue(now.plus(Duration.ofHours(3)))).as("the principal's waiting one too").isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        settings.change(CITY_ADMIN, EarlyWarningTest.STRICT);
        assertThat(settings.current().alertMails()).isTrue();
    }

    @Test
    void aPersonWhoTurnedMailOffGetsNoneAndQuietHoursHoldTheMailUntilTheyEnd() {
        notificationSettings.choose(LessonsFixture.TEACHER, new NotificationPreferences(false, QuietHours.NONE, false,
                null, true));
        quiet(LessonsFixture.PRINCIPAL);

        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));

        assertThat(delivery.sendDue(now)).isZero();
        assertThat(delivery.sendDue(now.plus(Duration.ofMinutes(110)))).as("still quiet").isZero();
        assertThat(delivery.sendDue(now.plus(Duration.ofMinutes(121)))).isEqualTo(1);
        assertThat(recipients()).containsExactly(RISTO);
    }

    @Test
    void severalAlertsWithinADigestWindowAreOneMail() {
        notificationSettings.choose(LessonsFixture.TEACHER, new NotificationPreferences(true, QuietHours.NONE, true,
                LocalTime.of(16, 0), true));
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now)).as("the principal at once").isEqualTo(1);
        mark(f.class8a, EarlyWarningTest.MONDAY, LessonsFixture.TEACHER, Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now.plusSeconds(60))).isEqualTo(1);
        assertThat(recipients()).containsExactly(RISTO, RISTO);
        purge();

        assertThat(delivery.sendDue(now.plus(Duration.ofHours(6)).plusSeconds(60))).isEqualTo(1);

        assertThat(recipients()).containsExactly(OUTI);
        assertThat(text(to(OUTI))).contains("2 uutta varhaisen tuen hälytystä")
                .contains("2 nya larm om tidigt stöd").contains("2 new early-warning alerts");
    }

    @Test
    void aBurstOfAlertsFromRecomputingEveryoneIsOneMailPerPerson() {
        settings.change(CITY_ADMIN, lenient());
        Map<UUID, MarkKind> absent = new LinkedHashMap<>();
        absent.put(f.aino, MarkKind.ABSENT_UNEXPLAINED);
        absent.put(f.eetu, MarkKind.ABSENT_UNEXPLAINED);
        for (int i = 0; i < 150; i++) {
            UUID pupil = people.addPerson(CITY_ADMIN, new NewPerson("Oppilas" + i, "Joukko", null,
                    LocalDate.of(2012, 1, 1), null, Role.STUDENT, f.school.ownSchool));
            enrollments.enroll(CITY_ADMIN, f.class8a, pupil, EnrollmentRole.STUDENT, LessonsFixture.TERM_START, null);
            enrollments.enroll(CITY_ADMIN, f.maths8a, pupil, EnrollmentRole.STUDENT, LessonsFixture.TERM_START, null);
            absent.put(pupil, MarkKind.ABSENT_UNEXPLAINED);
        }
        mark(f.maths8a, EarlyWarningTest.WEDNESDAY, LessonsFixture.MATHS_TEACHER, Map.of());
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, absent);
        assertThat(open(LessonsFixture.PRINCIPAL)).as("half of the lessons is under the lenient share").isEmpty();

        settings.change(CITY_ADMIN, EarlyWarningTest.STRICT);

        assertThat(open(LessonsFixture.PRINCIPAL)).hasSize(152);
        assertThat(inTransaction(this::waiting)).as("a notice per alert and person").isEqualTo(2 * 152);
        assertThat(delivery.sendDue(now)).isEqualTo(2);
        assertThat(recipients()).containsExactlyInAnyOrder(OUTI, RISTO);
        assertThat(text(to(RISTO))).contains("152 new early-warning alerts");
        assertThat(delivery.sendDue(now.plusSeconds(60))).isZero();
    }

    @Test
    void anAlertWithdrawnBeforeItsMailWentIsNotMailedAbout() {
        quiet(LessonsFixture.PRINCIPAL);
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now)).as("the homeroom teacher at once").isEqualTo(1);

        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of());
        assertThat(open(LessonsFixture.TEACHER)).isEmpty();

        assertThat(delivery.sendDue(now.plus(Duration.ofHours(3)))).as("nothing left for the principal").isZero();
        assertThat(recipients()).containsExactly(OUTI);
    }

    @Test
    void anAlertResolvedBeforeItsMailWentIsNotMailedAbout() {
        quiet(LessonsFixture.PRINCIPAL);
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now)).as("the homeroom teacher at once").isEqualTo(1);

        alerts.act(LessonsFixture.TEACHER, open(LessonsFixture.TEACHER).getFirst().id(), AlertAction.RESOLVED,
                "Soitettu kotiin.");

        assertThat(delivery.sendDue(now.plus(Duration.ofHours(3)))).as("nothing left for the principal").isZero();
        assertThat(recipients()).containsExactly(OUTI);
    }

    @Test
    void aMessageAndAnAlertDueTogetherAreOneMail() {
        messaging.startThread(LessonsFixture.PRINCIPAL, new NewThread("Palaveri", Set.of(f.outi), "Huomenna kello 8."));
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));

        assertThat(delivery.sendDue(now)).isEqualTo(2);

        String text = text(to(OUTI));
        assertThat(text).contains("1 uusi viesti").contains("/viestit").contains("uusi varhaisen tuen hälytys")
                .contains("/varhainen-tuki").doesNotContain("Palaveri").doesNotContain("Aino");
    }

    @Test
    void specialNeedsTeachersOfThePupilsSchoolAreToldOnceKasvuHasSeenTheirRole() {
        UUID erja = people.addPerson(CITY_ADMIN, new NewPerson("Erja", "Erityisopettaja", ERJA, null, null,
                Role.TEACHER, f.school.ownSchool));
        people.linkAccount(CITY_ADMIN, erja, SPECIAL_NEEDS_TEACHER.accountId());
        mark(f.maths8a, EarlyWarningTest.FRIDAY, LessonsFixture.MATHS_TEACHER, Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now)).as("her role is the realm's: Kasvu has not seen it yet").isEqualTo(2);
        purge();

        assertThat(alerts.forMe(SPECIAL_NEEDS_TEACHER, true)).hasSize(1);
        alerts.forMe(new Actor("ville-account", "Ville Vieras", Set.of("teacher", "special-needs-teacher")), true);
        mark(f.class8a, EarlyWarningTest.MONDAY, LessonsFixture.TEACHER, Map.of(f.eetu, MarkKind.ABSENT_UNEXPLAINED));

        assertThat(delivery.sendDue(now.plusSeconds(60))).isEqualTo(3);
        assertThat(recipients()).as("not the special-needs teacher of another school, nor the maths teacher")
                .containsExactlyInAnyOrder(OUTI, RISTO, ERJA).doesNotContain(MATTI);
        purge();

        alerts.forMe(new Actor(SPECIAL_NEEDS_TEACHER.accountId(), "Erja", Set.of("teacher")), true);
        mark(f.class8a, EarlyWarningTest.MONDAY, LessonsFixture.TEACHER, Map.of(f.aada, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(delivery.sendDue(now.plusSeconds(120))).as("the role taken away").isEqualTo(2);
        assertThat(recipients()).containsExactlyInAnyOrder(OUTI, RISTO);
    }

    private void quiet(Actor who) {
        LocalTime at = LocalTime.now(clock);
        notificationSettings.choose(who, new NotificationPreferences(true,
                new QuietHours(at.minusHours(1), at.plusHours(2), false), false, null, true));
    }

    private static WarningSettings withLadder(List<Integer> ladder) {
        WarningSettings strict = EarlyWarningTest.STRICT;
        return new WarningSettings(ladder, strict.sharePercent(), strict.windowDays(), strict.failingGrade(),
                strict.averageDrop(), strict.countedKinds());
    }

    private static WarningSettings lenient() {
        WarningSettings strict = EarlyWarningTest.STRICT;
        return new WarningSettings(List.of(100), new BigDecimal("60"), strict.windowDays(), false,
                strict.averageDrop(), strict.countedKinds());
    }

    private UUID hoursAlert(int step) {
        return open(LessonsFixture.TEACHER).stream()
                .filter(a -> a.indicator() == Indicator.ABSENCE_HOURS && a.level() == step)
                .map(AlertSummary::id).findFirst().orElseThrow();
    }

    private List<AlertSummary> open(Actor who) {
        return alerts.forMe(who, true);
    }

    private void mark(UUID group, LocalDate day, Actor teacher, Map<UUID, MarkKind> marks) {
        Lesson lesson = schedule.classLessons(CITY_ADMIN, group, day, day).getFirst();
        marking.markLesson(teacher, lesson.id(), marks);
    }

    /** Notices in the queue not yet settled, in the caller's transaction. */
    private int waiting() {
        return ((Number) entities.createNativeQuery("SELECT count(*) FROM notification_queue WHERE sent_at IS NULL")
                .getSingleResult()).intValue();
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        Integer result = new TransactionTemplate(transactions).execute(status -> work.getAsInt());
        return result == null ? -1 : result;
    }

    private static void purge() {
        try {
            SMTP.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> recipients() {
        return List.of(SMTP.getReceivedMessages()).stream().map(AlertMailsTest::address).toList();
    }

    private MimeMessage to(String address) {
        return List.of(SMTP.getReceivedMessages()).stream().filter(m -> address(m).equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    /** The mail's text, decoded from its transfer encoding. */
    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
