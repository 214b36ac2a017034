package fi.kasvu.platform.messages;

import static fi.kasvu.platform.messages.MessagesFixture.GUARDIAN1;
import static fi.kasvu.platform.messages.MessagesFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;

/** Notification mails through real SMTP (GreenMail): what they say, what they never say, and when they go. */
@PlatformTest
class NotificationDeliveryTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("kasvu.messages.sender-enabled", () -> "false");
        properties.add("kasvu.messages.mail-from", () -> "viestit@kasvu.test");
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
    @Autowired Messaging messaging;
    @Autowired NotificationSettings settings;
    @Autowired NotificationDelivery delivery;
    @Autowired Clock clock;
    @Autowired NotificationScheduler scheduler;
    @Autowired Notifications notifications;

    TenantId tenant;
    TenantContext.Binding bound;
    MessagesFixture town;
    String guardianAddress;

    @BeforeEach
    void municipality() throws Exception {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "ilmoitus");
        bound = context.bind(tenant);
        String tag = tenant.slug();
        town = new MessagesFixture(schools, calendar, classes, enrollments, people, guardianships, tag);
        guardianAddress = MessagesFixture.emailOf("Hanna", "Huoltaja", tag);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void unbind() {
        bound.close();
    }

    @Test
    void theMailSaysSomethingArrivedAndLinksToThePortalButHoldsNoMessage() throws Exception {
        messaging.startThread(TEACHER, new NewThread("Ainon poissaolot", Set.of(town.guardian1),
                "Aino on ollut poissa kolme päivää ilman selvitystä."));

        assertThat(delivery.sendDue(clock.instant())).isEqualTo(1);

        MimeMessage mail = single(guardianAddress);
        String text = GreenMailUtil.getBody(mail);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("viestit@kasvu.test");
        assertThat(mail.getSubject()).endsWith("Municipality " + tenant.slug());
        assertThat(text).contains("1 uusi viesti").contains("1 new message")
                .contains("http://" + tenant.slug() + ".kasvu.test:8080/viestit");
        assertThat(text + mail.getSubject()).doesNotContain("poissa").doesNotContain("Ainon")
                .doesNotContain("Aino").doesNotContain("Outi");
        assertThat(delivery.sendDue(clock.instant())).as("sent once").isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theSchedulerSendsTheDueNotificationsOfEveryMunicipality() throws Exception {
        messaging.startThread(TEACHER, new NewThread("Kevätjuhla", Set.of(town.guardian1), "Kevätjuhla on lauantaina."));

        scheduler.round();

        assertThat(List.of(SMTP.getReceivedMessages())).filteredOn(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(guardianAddress);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).hasSize(1);
    }

    @Test
    void aNotificationInQuietHoursIsHeldAndSentWhenTheyEnd() throws Exception {
        LocalTime now = LocalTime.now(clock);
        LocalTime end = now.plusHours(1).withSecond(0).withNano(0);
        settings.choose(GUARDIAN1, new NotificationPreferences(true,
                new QuietHours(now.minusHours(1), end, false), false, null, true));

        messaging.startThread(TEACHER, new NewThread("Retki", Set.of(town.guardian1), "Retki on huomenna."));

        assertThat(delivery.sendDue(clock.instant())).isZero();
        assertThat(delivery.sendDue(clock.instant().plus(Duration.ofMinutes(50)))).as("still quiet").isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        assertThat(delivery.sendDue(clock.instant().plus(Duration.ofMinutes(61)))).isEqualTo(1);
        assertThat(single(guardianAddress)).isNotNull();
    }

    @Test
    void aMessageReadBeforeItsNotificationIsDueIsNotMailedAbout() {
        LocalTime now = LocalTime.now(clock);
        settings.choose(GUARDIAN1, new NotificationPreferences(true,
                new QuietHours(now.minusHours(1), now.plusHours(1), false), false, null, true));
        var thread = messaging.startThread(TEACHER, new NewThread("Retki", Set.of(town.guardian1), "Retki on huomenna."));
        messaging.readThread(GUARDIAN1, thread);

        assertThat(delivery.sendDue(clock.instant().plus(Duration.ofHours(2)))).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void severalMessagesDueTogetherGoInOneMail() {
        settings.choose(GUARDIAN1, new NotificationPreferences(true, QuietHours.NONE, true, LocalTime.of(16, 0), true));
        messaging.startThread(TEACHER, new NewThread("Yksi", Set.of(town.guardian1), "Ensimmäinen."));
        messaging.startThread(TEACHER, new NewThread("Kaksi", Set.of(town.guardian1), "Toinen."));

        assertThat(delivery.sendDue(clock.instant().plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0])).contains("2 uutta viesti");
    }

    @Test
    void choicesAreKeptAndDefaultsFollowTheRole() {
        assertThat(settings.preferences(TEACHER).quietHours()).isEqualTo(QuietHours.STAFF_DEFAULT);
        assertThat(settings.preferences(GUARDIAN1).quietHours()).isEqualTo(QuietHours.NONE);
        assertThat(settings.preferences(GUARDIAN1).chosen()).isFalse();

        settings.choose(TEACHER, new NotificationPreferences(true, new QuietHours(LocalTime.of(18, 0),
                LocalTime.of(7, 0), false), true, LocalTime.of(15, 30), true));

        NotificationPreferences kept = settings.preferences(TEACHER);
        assertThat(kept.quietHours()).isEqualTo(new QuietHours(LocalTime.of(18, 0), LocalTime.of(7, 0), false));
        assertThat(kept.digest()).isTrue();
        assertThat(kept.digestAt()).isEqualTo(LocalTime.of(15, 30));
        assertThat(kept.chosen()).isTrue();
    }

    @Test
    void anotherFeaturesNoticeIsWrittenOnlyInTheTransactionOfWhatItTellsOf() {
        assertThatThrownBy(() -> notifications.queue(NotificationTopic.EARLY_WARNING,
                Map.of(UUID.randomUUID(), Set.of(town.guardian1))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(delivery.sendDue(clock.instant())).isZero();
    }

    private MimeMessage single(String address) throws Exception {
        List<MimeMessage> mails = List.of(SMTP.getReceivedMessagesForDomain("kunta.test"));
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getAllRecipients()[0].toString()).isEqualTo(address);
        return mails.getFirst();
    }

    @Test
    void anSmtpErrorIsKeptWithoutTheAddressesItQuotes() {
        assertThat(NotificationDelivery.withoutAddresses("550 5.1.1 <hanna.virtanen@example.fi>: Recipient address "
                + "rejected; also x.y@kunta.fi"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected; also <address>")
                .doesNotContain("hanna");
    }
}
