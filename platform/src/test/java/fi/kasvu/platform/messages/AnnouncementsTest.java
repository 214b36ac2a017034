package fi.kasvu.platform.messages;

import static fi.kasvu.platform.messages.MessagesFixture.ADULTS_GUARDIAN;
import static fi.kasvu.platform.messages.MessagesFixture.COLLEAGUE;
import static fi.kasvu.platform.messages.MessagesFixture.GUARDIAN1;
import static fi.kasvu.platform.messages.MessagesFixture.OTHER_GUARDIAN;
import static fi.kasvu.platform.messages.MessagesFixture.OTHER_TEACHER;
import static fi.kasvu.platform.messages.MessagesFixture.PRINCIPAL;
import static fi.kasvu.platform.messages.MessagesFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

/** Announcements reach their audience, the 18-year rule applied to guardians, and only who may send them do. */
@PlatformTest
class AnnouncementsTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired Announcements announcements;
    @Autowired Messaging messaging;

    TenantContext.Binding bound;
    MessagesFixture town;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "tiedote"));
        town = new MessagesFixture(schools, calendar, classes, enrollments, people, guardianships, "t");
    }

    @AfterEach
    void unbind() {
        bound.close();
    }

    @Test
    void aClassAnnouncementReachesItsStudentsAndTheirGuardiansUnderTheEighteenYearRule() {
        UUID thread = announcements.announce(TEACHER, new NewAnnouncement(Audience.CLASS, town.school.class7b,
                "Valokuvaus", "Luokkakuvat otetaan tiistaina.", List.of()));

        UUID message = messaging.readThread(TEACHER, thread).messages().getFirst().id();
        assertThat(messaging.receipts(TEACHER, message)).extracting(ReadReceipt::recipientId)
                .containsExactlyInAnyOrder(town.school.pupil1, town.school.pupil2, town.adultPupil, town.guardian1,
                        town.guardian2);
        assertThat(messaging.inbox(GUARDIAN1, 0, 10)).singleElement().satisfies(summary -> {
            assertThat(summary.kind()).isEqualTo(ThreadKind.ANNOUNCEMENT);
            assertThat(summary.audience()).isEqualTo(Audience.CLASS);
        });
        assertThat(messaging.inbox(ADULTS_GUARDIAN, 0, 10)).as("the student is of age").isEmpty();
        assertThat(messaging.inbox(OTHER_GUARDIAN, 0, 10)).isEmpty();
        ThreadDetail seen = messaging.readThread(GUARDIAN1, thread);
        assertThat(seen.participants()).as("recipients do not see each other").containsExactly("Outi Opettaja");
        assertThat(seen.mayReply()).isFalse();
        assertThatThrownBy(() -> messaging.reply(GUARDIAN1, thread, "Kiitos!", List.of()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aSchoolAnnouncementReachesItsStudentsGuardiansAndStaffButNotAnotherSchool() {
        UUID thread = announcements.announce(PRINCIPAL, new NewAnnouncement(Audience.SCHOOL, town.school.ownSchool,
                "Syysloma", "Syysloma on viikolla 42.", List.of()));

        UUID message = messaging.readThread(PRINCIPAL, thread).messages().getFirst().id();
        assertThat(messaging.receipts(PRINCIPAL, message)).extracting(ReadReceipt::recipientId)
                .containsExactlyInAnyOrder(town.school.pupil1, town.school.pupil2, town.adultPupil, town.guardian1,
                        town.guardian2, town.teacher, town.colleague);
    }

    @Test
    void onlyTheClassesTeachersTheSchoolsPrincipalAndCityAdminsAnnounce() {
        assertThatThrownBy(() -> announcements.announce(COLLEAGUE, new NewAnnouncement(Audience.CLASS,
                town.school.class7b, "Hei", "Hei kaikki", List.of()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> announcements.announce(TEACHER, new NewAnnouncement(Audience.SCHOOL,
                town.school.ownSchool, "Hei", "Hei kaikki", List.of()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> announcements.announce(PRINCIPAL, new NewAnnouncement(Audience.SCHOOL,
                town.school.otherSchool, "Hei", "Hei kaikki", List.of()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> announcements.announce(PRINCIPAL, new NewAnnouncement(Audience.MUNICIPALITY, null,
                "Hei", "Hei kaikki", List.of()))).isInstanceOf(AccessRefusedException.class);
        assertThat(messaging.inbox(GUARDIAN1, 0, 10)).isEmpty();

        assertThat(announcements.targets(TEACHER)).extracting(AnnouncementTarget::audience, AnnouncementTarget::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.CLASS, "7B"));
        assertThat(announcements.targets(OTHER_TEACHER)).extracting(AnnouncementTarget::name).containsExactly("7A");
        assertThat(announcements.targets(PRINCIPAL)).extracting(AnnouncementTarget::audience, AnnouncementTarget::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.SCHOOL, town.school.ownSchool));
    }
}
