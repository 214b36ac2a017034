package fi.kasvu.platform.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentAccess.Relation;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may send a message to whom: one rule, checked before anything is written and used to fill the recipient picker.
 * <ul>
 * <li>Staff reach the students they teach today and those students' guardians (a principal: every student of their
 * school and their guardians), and their colleagues: staff of a school where they work. A city admin reaches all
 * staff.</li>
 * <li>A guardian reaches the teachers and principal of each child they may act for (the 18-year rule,
 * {@link Guardianships#mayActFor}); never another guardian.</li>
 * <li>A student reaches their own teachers and principal; never another student.</li>
 * </ul>
 * A guardian reaches a student's staff only through {@link StudentAccess#childrenOf}; staff reach a guardian only
 * through a child the guardian may act for, so the 18-year rule closes both directions at once.
 */
@Service
public class MessageReach {

    static final String STAFF_ROLES = "('teacher', 'principal', 'aide', 'counselor', 'siteAdministrator')";
    private static final String CURRENT_ROLE = "r.status = 'active' AND (r.begin_date IS NULL OR r.begin_date <= :today)"
            + " AND (r.end_date IS NULL OR r.end_date >= :today)";
    private static final String CURRENT_E = "e.status = 'active' AND (e.begin_date IS NULL OR e.begin_date <= :today)"
            + " AND (e.end_date IS NULL OR e.end_date >= :today)";
    private static final String CURRENT_T = "t.status = 'active' AND (t.begin_date IS NULL OR t.begin_date <= :today)"
            + " AND (t.end_date IS NULL OR t.end_date >= :today)";

    private final EntityManager entities;
    private final StudentAccess access;
    private final Guardianships guardianships;
    private final Clock clock;

    MessageReach(EntityManager entities, StudentAccess access, Guardianships guardianships, Clock clock) {
        this.entities = entities;
        this.access = access;
        this.guardianships = guardianships;
        this.clock = clock;
    }

    /** The person the actor is; only a person of the municipality sends and receives messages. */
    @Transactional(readOnly = true)
    public UUID senderOf(Actor actor) {
        return access.personOf(actor).orElseThrow(() -> new AccessRefusedException(
                "only a person of the municipality sends and reads messages; your account is linked to no person"));
    }

    /** The person the actor is, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> personOf(Actor actor) {
        return access.personOf(actor);
    }

    /** Whether the actor may send a message to the person. */
    @Transactional(readOnly = true)
    public boolean mayReach(Actor actor, UUID recipient) {
        Optional<UUID> me = access.personOf(actor);
        if (me.isEmpty() || recipient == null || recipient.equals(me.get()) || !isActivePerson(recipient)) {
            return false;
        }
        UUID sender = me.get();
        LocalDate today = LocalDate.now(clock);
        if (isStaff(sender, today) || actor.isCityAdmin()) {
            if (isStaff(recipient, today) && (actor.isCityAdmin() || colleagues(sender, recipient, today))) {
                return true;
            }
            if (teachesOrLeads(actor, recipient)) {
                return true;
            }
            if (guardianOfTaught(actor, recipient, today)) {
                return true;
            }
        }
        for (UUID child : access.childrenOf(actor)) {
            if (staffOf(child, today).contains(recipient)) {
                return true;
            }
        }
        return isStudent(sender, today) && staffOf(sender, today).contains(recipient);
    }

    /**
     * @throws RecipientRefusedException naming the first recipient the actor may not reach (by name, as the sender chose
     *                                them), before anything is written
     */
    @Transactional(readOnly = true)
    public void requireReach(Actor actor, Collection<UUID> recipients) {
        for (UUID recipient : recipients) {
            if (!mayReach(actor, recipient)) {
                String name = names(List.of(recipient)).getOrDefault(recipient, recipient.toString());
                throw new RecipientRefusedException(recipient, name);
            }
        }
    }

    /** Everyone the actor may send a message to, by kind and then by name: what the recipient picker offers. */
    @Transactional(readOnly = true)
    public List<Recipient> reachable(Actor actor) {
        Optional<UUID> me = access.personOf(actor);
        if (me.isEmpty()) {
            return List.of();
        }
        UUID sender = me.get();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Recipient> found = new LinkedHashMap<>();
        for (UUID child : access.childrenOf(actor)) {
            String childName = names(List.of(child)).get(child);
            staffRows(child, today).forEach(row -> found.putIfAbsent(row.id(), new Recipient(row.id(), row.name(),
                    row.principal() ? Recipient.Kind.PRINCIPAL : Recipient.Kind.TEACHER, childName)));
        }
        if (isStudent(sender, today)) {
            staffRows(sender, today).forEach(row -> found.putIfAbsent(row.id(), new Recipient(row.id(), row.name(),
                    row.principal() ? Recipient.Kind.PRINCIPAL : Recipient.Kind.TEACHER, "")));
        }
        if (isStaff(sender, today) || actor.isCityAdmin()) {
            List<Object[]> students = taughtStudents(sender, today);
            Map<UUID, String> studentNames = new LinkedHashMap<>();
            for (Object[] row : students) {
                UUID id = (UUID) row[0];
                studentNames.put(id, (String) row[1]);
                found.putIfAbsent(id, new Recipient(id, (String) row[1], Recipient.Kind.STUDENT, (String) row[2]));
            }
            for (Guardianships.ActingGuardian acting : guardianships.actingGuardiansOf(studentNames.keySet(), today)) {
                found.putIfAbsent(acting.guardianId(), new Recipient(acting.guardianId(), acting.guardianName(),
                        Recipient.Kind.GUARDIAN, studentNames.get(acting.studentId())));
            }
            colleagueRows(sender, actor.isCityAdmin(), today).forEach(row -> found.putIfAbsent((UUID) row[0],
                    new Recipient((UUID) row[0], (String) row[1], Recipient.Kind.COLLEAGUE, (String) row[2])));
        }
        found.remove(sender);
        return found.values().stream().sorted(java.util.Comparator.comparing(Recipient::kind)
                .thenComparing(Recipient::name)).toList();
    }

    /** The names of the people, "Given Family". */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> people) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return names;
        }
        List<?> rows = entities.createNativeQuery(
                        "SELECT id, given_name || ' ' || family_name FROM person WHERE id IN (:ids)")
                .setParameter("ids", people).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put((UUID) columns[0], (String) columns[1]);
        }
        return names;
    }

    boolean isStaff(UUID person, LocalDate today) {
        return exists("SELECT 1 FROM person_role r WHERE r.person_id = :person AND r.role IN " + STAFF_ROLES
                + " AND " + CURRENT_ROLE, person, today);
    }

    boolean isStudent(UUID person, LocalDate today) {
        return exists("SELECT 1 FROM person_role r WHERE r.person_id = :person AND r.role = 'student' AND "
                + CURRENT_ROLE, person, today);
    }

    private boolean isActivePerson(UUID person) {
        return !entities.createNativeQuery("SELECT 1 FROM person WHERE id = :id AND status = 'active'")
                .setParameter("id", person).getResultList().isEmpty();
    }

    private boolean teachesOrLeads(Actor actor, UUID recipient) {
        Optional<Relation> relation = access.relationTo(actor, recipient);
        return relation.isPresent() && (relation.get() == Relation.TEACHER || relation.get() == Relation.PRINCIPAL);
    }

    private boolean guardianOfTaught(Actor actor, UUID guardian, LocalDate today) {
        List<?> children = entities.createNativeQuery(
                        "SELECT student_id FROM guardianship WHERE guardian_id = :guardian", UUID.class)
                .setParameter("guardian", guardian).getResultList();
        for (Object child : children) {
            if (guardianships.mayActFor(guardian, (UUID) child, today) && teachesOrLeads(actor, (UUID) child)) {
                return true;
            }
        }
        return false;
    }

    private boolean colleagues(UUID sender, UUID recipient, LocalDate today) {
        return !entities.createNativeQuery("SELECT 1 FROM person_role r JOIN person_role o ON o.school_id = r.school_id"
                        + " WHERE r.person_id = :person AND o.person_id = :other AND r.role IN " + STAFF_ROLES
                        + " AND o.role IN " + STAFF_ROLES + " AND " + CURRENT_ROLE + " AND " + CURRENT_ROLE.replace("r.", "o.")
                        + " LIMIT 1")
                .setParameter("person", sender).setParameter("other", recipient).setParameter("today", today)
                .getResultList().isEmpty();
    }

    /** The teachers of the student's current groups and the principals of their schools. */
    Set<UUID> staffOf(UUID student, LocalDate today) {
        Set<UUID> staff = new java.util.HashSet<>();
        staffRows(student, today).forEach(row -> staff.add(row.id()));
        return staff;
    }

    private record StaffRow(UUID id, String name, boolean principal) {
    }

    private List<StaffRow> staffRows(UUID student, LocalDate today) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT p.id, p.given_name || ' ' || p.family_name, bool_or(s.principal) FROM (
                          SELECT t.person_id AS id, false AS principal FROM enrollment t
                            JOIN enrollment e ON e.class_id = t.class_id
                           WHERE t.role = 'teacher' AND\s""" + CURRENT_T + """
                             AND e.person_id = :student AND e.role = 'student' AND\s""" + CURRENT_E + """
                          UNION ALL
                          SELECT r.person_id, true FROM person_role r
                           WHERE r.role = 'principal' AND r.school_id IS NOT NULL AND\s""" + CURRENT_ROLE + """
                             AND (r.school_id IN (SELECT e.school_id FROM enrollment e WHERE e.person_id = :student
                                                    AND e.role = 'student' AND\s""" + CURRENT_E + """
                                                  )
                                  OR r.school_id = (SELECT primary_school_id FROM person WHERE id = :student))
                        ) s JOIN person p ON p.id = s.id AND p.status = 'active'
                        GROUP BY p.id, p.given_name, p.family_name""")
                .setParameter("student", student).setParameter("today", today).getResultList();
        List<StaffRow> staff = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            staff.add(new StaffRow((UUID) c[0], (String) c[1], (Boolean) c[2]));
        }
        return staff;
    }

    /** id, name, class title: the students in the groups the person teaches and in the schools they lead. */
    @SuppressWarnings("unchecked")
    private List<Object[]> taughtStudents(UUID staff, LocalDate today) {
        return entities.createNativeQuery("""
                        SELECT p.id, p.given_name || ' ' || p.family_name, min(s.context) FROM (
                          SELECT e.person_id AS id, c.title AS context FROM enrollment t
                            JOIN enrollment e ON e.class_id = t.class_id JOIN class_group c ON c.id = t.class_id
                           WHERE t.person_id = :person AND t.role = 'teacher' AND\s""" + CURRENT_T + """
                             AND e.role = 'student' AND\s""" + CURRENT_E + """
                          UNION ALL
                          SELECT e.person_id, c.title FROM person_role r JOIN enrollment e ON e.school_id = r.school_id
                            JOIN class_group c ON c.id = e.class_id
                           WHERE r.person_id = :person AND r.role = 'principal' AND\s""" + CURRENT_ROLE + """
                             AND e.role = 'student' AND\s""" + CURRENT_E + """
                        ) s JOIN person p ON p.id = s.id AND p.status = 'active'
                        GROUP BY p.id, p.given_name, p.family_name""")
                .setParameter("person", staff).setParameter("today", today).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> colleagueRows(UUID staff, boolean everyone, LocalDate today) {
        String sql = "SELECT DISTINCT ON (p.id) p.id, p.given_name || ' ' || p.family_name, s.name FROM person_role r"
                + " JOIN person p ON p.id = r.person_id AND p.status = 'active' JOIN school s ON s.id = r.school_id"
                + " WHERE r.role IN " + STAFF_ROLES + " AND " + CURRENT_ROLE
                + (everyone ? "" : " AND r.school_id IN (SELECT o.school_id FROM person_role o WHERE o.person_id = :person"
                + " AND o.role IN " + STAFF_ROLES + " AND " + CURRENT_ROLE.replace("r.", "o.") + ")")
                + " ORDER BY p.id, s.name";
        var query = entities.createNativeQuery(sql).setParameter("today", today);
        if (!everyone) {
            query.setParameter("person", staff);
        }
        return query.getResultList();
    }

    private boolean exists(String sql, UUID person, LocalDate today) {
        return !entities.createNativeQuery(sql + " LIMIT 1").setParameter("person", person)
                .setParameter("today", today).getResultList().isEmpty();
    }
}
