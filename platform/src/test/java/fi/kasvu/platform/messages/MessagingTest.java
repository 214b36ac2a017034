package fi.kasvu.platform.messages;

import static fi.kasvu.platform.messages.MessagesFixture.ADULTS_GUARDIAN;
import static fi.kasvu.platform.messages.MessagesFixture.ADULT_PUPIL;
import static fi.kasvu.platform.messages.MessagesFixture.COLLEAGUE;
import static fi.kasvu.platform.messages.MessagesFixture.GUARDIAN1;
import static fi.kasvu.platform.messages.MessagesFixture.GUARDIAN2;
import static fi.kasvu.platform.messages.MessagesFixture.OTHER_GUARDIAN;
import static fi.kasvu.platform.messages.MessagesFixture.PRINCIPAL;
import static fi.kasvu.platform.messages.MessagesFixture.PUPIL1;
import static fi.kasvu.platform.messages.MessagesFixture.PUPIL2;
import static fi.kasvu.platform.messages.MessagesFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may write to whom, conversations, replies, read receipts and unread counts, on real PostgreSQL. */
@PlatformTest
class MessagingTest {

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
    @Autowired MessageReach reach;

    TenantContext.Binding bound;
    MessagesFixture town;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "viestit"));
        town = new MessagesFixture(schools, calendar, classes, enrollments, people, guardianships, "m");
    }

    @AfterEach
    void unbind() {
        bound.close();
    }

    @Test
    void aGuardianCannotWriteToAnotherGuardianAndNothingIsWritten() {
        assertThatThrownBy(() -> messaging.startThread(GUARDIAN1,
                new NewThread("Synttärit", Set.of(town.guardian2), "Tuleeko Eetu lauantaina?")))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Heikki Huoltaja");

        assertThat(messaging.inbox(GUARDIAN1, 0, 10)).isEmpty();
        assertThat(messaging.inbox(GUARDIAN2, 0, 10)).isEmpty();
        assertThat(messaging.unreadCount(GUARDIAN2)).isZero();
    }

    @Test
    void aStudentCannotWriteToAnotherStudent() {
        assertThatThrownBy(() -> messaging.startThread(PUPIL1,
                new NewThread("Läksyt", Set.of(town.school.pupil2), "Mitkä olivat läksyt?")))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Eetu Oppilas");
        assertThat(reach.mayReach(PUPIL1, town.school.pupil2)).isFalse();
    }

    @Test
    void aTeacherCannotWriteToTheGuardianOfAChildTheyDoNotTeach() {
        assertThatThrownBy(() -> messaging.startThread(TEACHER,
                new NewThread("Retki", Set.of(town.guardian1, town.otherGuardian), "Retki on perjantaina.")))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Olli Muualta")
                .hasMessageNotContaining("Hanna");
        assertThat(messaging.inbox(GUARDIAN1, 0, 10)).as("nothing half written").isEmpty();
    }

    @Test
    void theGuardianOfAnAdultStudentNeitherReachesNorIsReachedThroughThem() {
        assertThat(reach.mayReach(ADULTS_GUARDIAN, town.teacher)).isFalse();
        assertThat(reach.mayReach(TEACHER, town.adultsGuardian)).isFalse();
        assertThatThrownBy(() -> messaging.startThread(ADULTS_GUARDIAN,
                new NewThread("Aadan kurssit", Set.of(town.teacher), "Miten Aadalla menee?")))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Outi Opettaja");
        assertThat(reach.mayReach(TEACHER, town.adultPupil)).as("the adult student herself").isTrue();
    }

    @Test
    void eachMayReachWhomTheRuleSays() {
        assertThat(reach.mayReach(GUARDIAN1, town.teacher)).isTrue();
        assertThat(reach.mayReach(GUARDIAN1, town.school.principal)).isTrue();
        assertThat(reach.mayReach(GUARDIAN1, town.colleague)).as("not the child's teacher").isFalse();
        assertThat(reach.mayReach(GUARDIAN1, town.otherTeacher)).isFalse();
        assertThat(reach.mayReach(PUPIL1, town.teacher)).isTrue();
        assertThat(reach.mayReach(PUPIL1, town.colleague)).isFalse();
        assertThat(reach.mayReach(TEACHER, town.guardian1)).isTrue();
        assertThat(reach.mayReach(TEACHER, town.school.pupil1)).isTrue();
        assertThat(reach.mayReach(TEACHER, town.colleague)).as("a colleague at the same school").isTrue();
        assertThat(reach.mayReach(TEACHER, town.otherTeacher)).as("staff of another school").isFalse();
        assertThat(reach.mayReach(PRINCIPAL, town.guardian2)).isTrue();
        assertThat(reach.mayReach(PRINCIPAL, town.otherGuardian)).isFalse();
        assertThat(reach.mayReach(COLLEAGUE, town.guardian1)).as("teaches none of the children").isFalse();
    }

    @Test
    void theRecipientPickerOffersExactlyWhomTheActorMayReach() {
        assertThat(reach.reachable(GUARDIAN1)).extracting(Recipient::personId)
                .containsExactlyInAnyOrder(town.teacher, town.school.principal);
        assertThat(reach.reachable(GUARDIAN1)).filteredOn(r -> r.personId().equals(town.teacher))
                .extracting(Recipient::kind, Recipient::context)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Recipient.Kind.TEACHER, "Aino Oppilas"));
        assertThat(reach.reachable(TEACHER)).extracting(Recipient::personId).containsExactlyInAnyOrder(
                town.school.pupil1, town.school.pupil2, town.adultPupil, town.guardian1, town.guardian2,
                town.colleague, town.school.principal);
        assertThat(reach.reachable(ADULTS_GUARDIAN)).isEmpty();
    }

    @Test
    void aConversationHasItsMessagesInOrderAndRepliesGoToTheOthers() {
        UUID thread = messaging.startThread(TEACHER, new NewThread("Retki perjantaina",
                Set.of(town.guardian1, town.guardian2), "Retki lähtee kahdeksalta."));
        messaging.reply(GUARDIAN1, thread, "Aino tulee mukaan.", List.of());

        ThreadDetail seen = messaging.readThread(GUARDIAN2, thread);
        assertThat(seen.subject()).isEqualTo("Retki perjantaina");
        assertThat(seen.messages()).extracting(MessageEntry::body)
                .containsExactly("Retki lähtee kahdeksalta.", "Aino tulee mukaan.");
        assertThat(seen.messages()).extracting(MessageEntry::senderName).containsExactly("Outi Opettaja", "Hanna Huoltaja");
        assertThat(seen.participants()).containsExactly("Hanna Huoltaja", "Heikki Huoltaja", "Outi Opettaja");
        assertThat(messaging.unreadCount(TEACHER)).as("the guardian's reply").isEqualTo(1);
        assertThatThrownBy(() -> messaging.readThread(OTHER_GUARDIAN, thread))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> messaging.reply(PUPIL2, thread, "Minäkin!", List.of()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theSenderSeesWhoHasReadAndWhen() {
        UUID thread = messaging.startThread(TEACHER, new NewThread("Vanhempainilta",
                Set.of(town.guardian1, town.guardian2), "Vanhempainilta on torstaina."));
        UUID message = messaging.readThread(TEACHER, thread).messages().getFirst().id();
        assertThat(messaging.unreadCount(GUARDIAN1)).isEqualTo(1);
        assertThat(messaging.inbox(GUARDIAN1, 0, 10)).singleElement().satisfies(summary -> {
            assertThat(summary.unread()).isEqualTo(1);
            assertThat(summary.lastSender()).isEqualTo("Outi Opettaja");
        });
        assertThat(messaging.receipts(TEACHER, message)).allMatch(receipt -> !receipt.read()).hasSize(2);

        ThreadDetail read = messaging.readThread(GUARDIAN1, thread);

        assertThat(read.messages().getFirst().readAt()).isNotNull();
        assertThat(messaging.unreadCount(GUARDIAN1)).isZero();
        assertThat(messaging.inbox(GUARDIAN1, 0, 10).getFirst().unread()).isZero();
        assertThat(messaging.receipts(TEACHER, message)).extracting(ReadReceipt::name, ReadReceipt::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Heikki Huoltaja", false),
                        org.assertj.core.groups.Tuple.tuple("Hanna Huoltaja", true));
        assertThatThrownBy(() -> messaging.receipts(GUARDIAN1, message))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("only the sender");
    }

    @Test
    void aGuardianWhoseChildTurnedAdultCannotGoOnReplying() {
        UUID thread = messaging.startThread(ADULT_PUPIL, new NewThread("Kurssivalinnat", Set.of(town.teacher),
                "Voinko vaihtaa kurssia?"));
        assertThat(messaging.readThread(TEACHER, thread).messages()).hasSize(1);
        assertThatThrownBy(() -> messaging.readThread(ADULTS_GUARDIAN, thread))
                .isInstanceOf(AccessRefusedException.class);
    }
}
