package fi.kasvu.platform.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements (tiedotteet): one message to many, which takes no replies. To a class, by its teachers (and its
 * school's principal): its current students and the guardians who may act for them (the 18-year rule). To a school, by
 * its principal: its students, their guardians and its staff. To the municipality, by a city admin: every student,
 * guardian and member of staff. Recipients get a read receipt each and a notification like any message.
 */
@Service
public class Announcements {

    private final EntityManager entities;
    private final MessageReach reach;
    private final MessageStore store;
    private final StudentAccess access;
    private final SchoolAccess schools;
    private final Guardianships guardianships;
    private final Clock clock;

    Announcements(EntityManager entities, MessageReach reach, MessageStore store, StudentAccess access,
                  SchoolAccess schools, Guardianships guardianships, Clock clock) {
        this.entities = entities;
        this.reach = reach;
        this.store = store;
        this.access = access;
        this.schools = schools;
        this.guardianships = guardianships;
        this.clock = clock;
    }

    /**
     * Sends the announcement to its audience.
     *
     * @return the announcement's thread id
     * @throws AccessRefusedException when the actor may not announce to that audience; nothing is written
     * @throws InvalidFieldException  for a missing subject, body or target, or a file refused (naming it)
     */
    @Transactional
    public UUID announce(Actor actor, NewAnnouncement announcement) {
        UUID sender = reach.senderOf(actor);
        if (announcement.audience() == null) {
            throw new InvalidFieldException("audience", "choose a class, a school or the municipality");
        }
        if (announcement.audience() != Audience.MUNICIPALITY && announcement.targetId() == null) {
            throw new InvalidFieldException("target", "choose the " + (announcement.audience() == Audience.CLASS
                    ? "class" : "school"));
        }
        String subject = MessageStore.checkSubject(announcement.subject());
        String body = MessageStore.checkBody(announcement.body());
        List<MessageStore.CheckedAttachment> files = store.checkAttachments(announcement.attachments());
        LocalDate today = LocalDate.now(clock);
        List<UUID> recipients = switch (announcement.audience()) {
            case CLASS -> {
                access.requireClass(actor, announcement.targetId(), "send an announcement to this class");
                yield withGuardians(studentsOfClass(announcement.targetId(), today), today);
            }
            case SCHOOL -> {
                schools.requireSchool(actor, announcement.targetId());
                List<UUID> people = withGuardians(studentsOfSchool(announcement.targetId(), today), today);
                people.addAll(staffOfSchool(announcement.targetId(), today));
                yield people;
            }
            case MUNICIPALITY -> {
                schools.requireCityAdmin(actor, "sends an announcement to the whole municipality");
                List<UUID> people = withGuardians(allStudents(today), today);
                people.addAll(allStaff(today));
                yield people;
            }
        };
        Set<UUID> unique = new LinkedHashSet<>(recipients);
        unique.remove(sender);
        Instant now = clock.instant();
        UUID id = store.createThread(subject, ThreadKind.ANNOUNCEMENT, announcement.audience(),
                announcement.targetId(), sender, now);
        Set<UUID> participants = new LinkedHashSet<>(unique);
        participants.add(sender);
        store.addParticipants(id, participants);
        store.addMessage(id, ThreadKind.ANNOUNCEMENT, sender, body, files, unique, now);
        return id;
    }

    /** The classes, schools and (for a city admin) the municipality the actor may announce to. */
    @Transactional(readOnly = true)
    public List<AnnouncementTarget> targets(Actor actor) {
        List<AnnouncementTarget> targets = new ArrayList<>();
        if (reach.personOf(actor).isEmpty()) {
            return targets;
        }
        List<UUID> taught = access.classesTaughtBy(actor);
        if (!taught.isEmpty()) {
            List<?> rows = entities.createNativeQuery(
                            "SELECT id, title FROM class_group WHERE id IN (:ids) AND status = 'active' ORDER BY title")
                    .setParameter("ids", taught).getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                targets.add(new AnnouncementTarget(Audience.CLASS, (UUID) c[0], (String) c[1]));
            }
        }
        if (actor.hasRole(Actor.PRINCIPAL) || actor.isCityAdmin()) {
            var scope = schools.scopeOf(actor);
            List<?> rows = entities.createNativeQuery("SELECT id, name FROM school WHERE status = 'active' ORDER BY name")
                    .getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                if (scope.includes((UUID) c[0])) {
                    targets.add(new AnnouncementTarget(Audience.SCHOOL, (UUID) c[0], (String) c[1]));
                }
            }
        }
        if (actor.isCityAdmin()) {
            targets.add(new AnnouncementTarget(Audience.MUNICIPALITY, null, ""));
        }
        return targets;
    }

    private List<UUID> withGuardians(List<UUID> students, LocalDate today) {
        List<UUID> people = new ArrayList<>(students);
        guardianships.actingGuardiansOf(students, today).forEach(acting -> people.add(acting.guardianId()));
        return people;
    }

    private List<UUID> studentsOfClass(UUID classId, LocalDate today) {
        return ids("""
                SELECT DISTINCT e.person_id FROM enrollment e JOIN person p ON p.id = e.person_id AND p.status = 'active'
                 WHERE e.class_id = :target AND e.role = 'student' AND e.status = 'active'
                   AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)""",
                classId, today);
    }

    private List<UUID> studentsOfSchool(UUID schoolId, LocalDate today) {
        return ids("""
                SELECT e.person_id FROM enrollment e JOIN person p ON p.id = e.person_id AND p.status = 'active'
                 WHERE e.school_id = :target AND e.role = 'student' AND e.status = 'active'
                   AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                UNION
                SELECT r.person_id FROM person_role r JOIN person p ON p.id = r.person_id AND p.status = 'active'
                 WHERE r.school_id = :target AND r.role = 'student' AND r.status = 'active'
                   AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)""",
                schoolId, today);
    }

    private List<UUID> staffOfSchool(UUID schoolId, LocalDate today) {
        return ids("""
                SELECT DISTINCT r.person_id FROM person_role r JOIN person p ON p.id = r.person_id AND p.status = 'active'
                 WHERE r.school_id = :target AND r.role IN\s""" + MessageReach.STAFF_ROLES + """
                   AND r.status = 'active'
                   AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)""",
                schoolId, today);
    }

    private List<UUID> allStudents(LocalDate today) {
        return ids(roleHolders("= 'student'"), null, today);
    }

    private List<UUID> allStaff(LocalDate today) {
        return ids(roleHolders("IN " + MessageReach.STAFF_ROLES), null, today);
    }

    private static String roleHolders(String role) {
        return "SELECT DISTINCT r.person_id FROM person_role r JOIN person p ON p.id = r.person_id AND p.status = 'active'"
                + " WHERE r.role " + role + " AND r.status = 'active'"
                + " AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)";
    }

    private List<UUID> ids(String sql, UUID target, LocalDate today) {
        var query = entities.createNativeQuery(sql, UUID.class).setParameter("today", today);
        if (sql.contains(":target")) {
            query.setParameter("target", target);
        }
        return new ArrayList<>(query.getResultList().stream().map(UUID.class::cast).toList());
    }
}
