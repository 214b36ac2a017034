package fi.kasvu.platform.messages;

import static fi.kasvu.platform.messages.MessagesFixture.GUARDIAN1;
import static fi.kasvu.platform.messages.MessagesFixture.GUARDIAN2;
import static fi.kasvu.platform.messages.MessagesFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files are what their bytes are and no larger than the limit; a refused file stops the whole message. */
@PlatformTest
class AttachmentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

    TenantContext.Binding bound;
    MessagesFixture town;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "liitteet"));
        town = new MessagesFixture(schools, calendar, classes, enrollments, people, guardianships, "a");
    }

    @AfterEach
    void unbind() {
        bound.close();
    }

    @Test
    void aFileOverTheLimitIsRefusedByNameAndNothingIsWritten() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        assertThatThrownBy(() -> messaging.startThread(TEACHER, new NewThread("Lomake", Set.of(town.guardian1),
                "Lomake liitteenä.", List.of(new NewAttachment("ohje.pdf", PDF),
                new NewAttachment("iso-lomake.pdf", large)))))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("iso-lomake.pdf")
                .hasMessageContaining("10 MB").extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("attachments");
        assertThat(messaging.inbox(TEACHER, 0, 10)).isEmpty();
        assertThat(messaging.unreadCount(GUARDIAN1)).isZero();
    }

    @Test
    void aProgramNamedLikeADocumentIsRefusedByName() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        UUID thread = messaging.startThread(TEACHER, new NewThread("Alku", Set.of(town.guardian1), "Hei."));

        assertThatThrownBy(() -> messaging.reply(TEACHER, thread, "Tässä todistus.",
                List.of(new NewAttachment("todistus.pdf", program))))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("todistus.pdf")
                .hasMessageContaining("not a file Kasvu takes");
        assertThat(messaging.readThread(TEACHER, thread).messages()).as("the reply was not written").hasSize(1);
    }

    @Test
    void anAllowedFileIsKeptAsItsBytesSayAndOnlyTheThreadsPeopleOpenIt() {
        UUID thread = messaging.startThread(TEACHER, new NewThread("Ohje", Set.of(town.guardian1), "Ohje liitteenä.",
                List.of(new NewAttachment("ohje.txt", PDF))));

        AttachmentInfo file = messaging.readThread(GUARDIAN1, thread).messages().getFirst().attachments().getFirst();

        assertThat(file.fileName()).isEqualTo("ohje.txt");
        assertThat(file.mediaType()).as("decided by the bytes, not the name").isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(PDF.length);
        assertThat(messaging.attachment(GUARDIAN1, file.id()).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> messaging.attachment(GUARDIAN2, file.id())).isInstanceOf(AccessRefusedException.class);
    }
}
