package fi.kasvu.platform.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.demo.DemoData;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few conversations and announcements among the demo municipality's people: 1A's teacher and a guardian (with a
 * reply), a 7B guardian asking the maths teacher, a class announcement to 1A and a school announcement from Hakunila's
 * principal. The demo people have no accounts to act as, so this writes through the module's store, as the services
 * do after their checks; each pair below is one the reach rule allows.
 */
@Component
class DemoMessages implements DemoData {

    private final EntityManager entities;
    private final MessageStore store;
    private final Clock clock;

    DemoMessages(EntityManager entities, MessageStore store, Clock clock) {
        this.entities = entities;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional
    public void seed() {
        UUID outi = person("Outi", "Opettaja");
        UUID matti = person("Matti", "Matikainen");
        UUID riikka = person("Riikka", "Rehtori");
        UUID firstGradersGuardian = guardianIn("1A");
        UUID seventhGradersGuardian = guardianIn("7B");
        Instant now = clock.instant();
        conversation(outi, firstGradersGuardian, "Retki Heurekaan torstaina",
                "Hei! Lähdemme torstaina luokan kanssa Heurekaan. Lähtö koululta kello 8.15, paluu noin kello 13. "
                        + "Eväät mukaan.", "Kiitos tiedosta! Eväät on pakattu.", now.minus(Duration.ofDays(2)));
        conversation(seventhGradersGuardian, matti, "Matematiikan koe",
                "Hei, poikani oli sairaana kokeen päivänä. Voiko kokeen uusia?", null, now.minus(Duration.ofHours(5)));
        announcement(outi, Audience.CLASS, classId("1A"), "Luokkakuvaus tiistaina",
                "Luokkakuvat otetaan ensi tiistaina aamupäivällä. Kuvauslupa palautetaan maanantaihin mennessä.",
                now.minus(Duration.ofDays(1)));
        UUID hakunila = schoolId("Hakunilan koulu");
        announcement(riikka, Audience.SCHOOL, hakunila, "Syysloma viikolla 42",
                "Koulun syysloma on viikolla 42. Iltapäiväkerho on suljettu loman ajan.", now.minus(Duration.ofHours(1)));
    }

    private void conversation(UUID from, UUID to, String subject, String body, String reply, Instant at) {
        UUID thread = store.createThread(subject, ThreadKind.CONVERSATION, null, null, from, at);
        store.addParticipants(thread, List.of(from, to));
        store.addMessage(thread, ThreadKind.CONVERSATION, from, body, List.of(), Set.of(to), at);
        if (reply != null) {
            store.addMessage(thread, ThreadKind.CONVERSATION, to, reply, List.of(), Set.of(from),
                    at.plus(Duration.ofHours(3)));
        }
    }

    private void announcement(UUID from, Audience audience, UUID target, String subject, String body, Instant at) {
        List<UUID> recipients = entities.createNativeQuery(audience == Audience.CLASS ? """
                        SELECT e.person_id FROM enrollment e WHERE e.class_id = :target AND e.role = 'student'
                        UNION SELECT g.guardian_id FROM guardianship g JOIN enrollment e ON e.person_id = g.student_id
                         WHERE e.class_id = :target AND e.role = 'student'""" : """
                        SELECT r.person_id FROM person_role r WHERE r.school_id = :target
                        UNION SELECT g.guardian_id FROM guardianship g JOIN person_role r ON r.person_id = g.student_id
                         WHERE r.school_id = :target AND r.role = 'student'""", UUID.class)
                .setParameter("target", target).getResultList().stream().map(UUID.class::cast)
                .filter(person -> !person.equals(from)).toList();
        UUID thread = store.createThread(subject, ThreadKind.ANNOUNCEMENT, audience, target, from, at);
        var participants = new java.util.ArrayList<>(recipients);
        participants.add(from);
        store.addParticipants(thread, participants);
        store.addMessage(thread, ThreadKind.ANNOUNCEMENT, from, body, List.of(), recipients, at);
    }

    private UUID person(String given, String family) {
        return (UUID) entities.createNativeQuery(
                        "SELECT id FROM person WHERE given_name = :given AND family_name = :family LIMIT 1", UUID.class)
                .setParameter("given", given).setParameter("family", family).getSingleResult();
    }

    private UUID guardianIn(String classTitle) {
        return (UUID) entities.createNativeQuery("""
                        SELECT g.guardian_id FROM guardianship g JOIN enrollment e ON e.person_id = g.student_id
                          JOIN class_group c ON c.id = e.class_id
                         WHERE c.title = :title AND e.role = 'student' ORDER BY e.person_id LIMIT 1""", UUID.class)
                .setParameter("title", classTitle).getSingleResult();
    }

    private UUID classId(String title) {
        return (UUID) entities.createNativeQuery("SELECT id FROM class_group WHERE title = :title LIMIT 1", UUID.class)
                .setParameter("title", title).getSingleResult();
    }

    private UUID schoolId(String name) {
        return (UUID) entities.createNativeQuery("SELECT id FROM school WHERE name = :name", UUID.class)
                .setParameter("name", name).getSingleResult();
    }
}
