package fi.kasvu.platform.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guardians (huoltajat) and the rule every feature asks before a guardian sees or does anything for a student:
 * {@link #mayActFor}. A guardian acts for a minor; at the student's 18th birthday that ends, unless the student, of
 * age, allows it.
 */
@Service
public class Guardianships {

    static final int AGE_OF_MAJORITY = 18;

    private final EntityManager entities;
    private final PeopleAccess access;
    private final Persons persons;
    private final AuditLog audit;
    private final Clock clock;

    Guardianships(EntityManager entities, PeopleAccess access, Persons persons, AuditLog audit, Clock clock) {
        this.entities = entities;
        this.access = access;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the guardian may act for the student on the day: they are the student's guardian, and the student is
     * under 18 that day or has allowed it. A student without a known birth date is not taken for a minor.
     */
    @Transactional(readOnly = true)
    public boolean mayActFor(UUID guardianId, UUID studentId, LocalDate today) {
        Guardianship guardianship = entities.find(Guardianship.class, new Guardianship.Key(guardianId, studentId));
        if (guardianship == null) {
            return false;
        }
        Demographics demographics = entities.find(Demographics.class, studentId);
        return guardianMayActPolicy(demographics == null ? null : demographics.birthDate(),
                guardianship.allowedByStudentAt() != null, today);
    }

    /** A guardian who may act for a student on a day, and the guardian's name ("Given Family"). */
    public record ActingGuardian(UUID guardianId, UUID studentId, String guardianName) {
    }

    /**
     * {@link #mayActFor} for every guardian of the students at once, in one query per thousand students: each active
     * guardian with each student they may act for on the day. The query states {@link #guardianMayActPolicy} in SQL
     * (a date plus 18 years, as {@link LocalDate#plusYears} counts it: born 29 February, of age on 28 February);
     * a test holds the two to the same answers.
     */
    @Transactional(readOnly = true)
    public List<ActingGuardian> actingGuardiansOf(Collection<UUID> students, LocalDate day) {
        List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(students));
        List<ActingGuardian> acting = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            List<?> rows = entities.createNativeQuery("""
                            SELECT g.guardian_id, g.student_id, p.given_name || ' ' || p.family_name
                              FROM guardianship g
                              JOIN person p ON p.id = g.guardian_id AND p.status = 'active'
                              LEFT JOIN demographics d ON d.person_id = g.student_id
                             WHERE g.student_id IN (:students)
                               AND (g.allowed_by_student_at IS NOT NULL
                                    OR (d.birth_date IS NOT NULL
                                        AND CAST(:day AS date) < d.birth_date + make_interval(years => :majority)))
                             ORDER BY g.student_id, p.given_name, p.family_name, g.guardian_id""")
                    .setParameter("students", all.subList(from, Math.min(all.size(), from + 1000)))
                    .setParameter("day", day).setParameter("majority", AGE_OF_MAJORITY).getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                acting.add(new ActingGuardian((UUID) c[0], (UUID) c[1], (String) c[2]));
            }
        }
        return acting;
    }

    /** The rule itself: a minor's guardian acts for them; an adult's only with the adult's leave. */
    static boolean guardianMayActPolicy(LocalDate studentBirthDate, boolean allowedByStudent, LocalDate today) {
        if (allowedByStudent) {
            return true;
        }
        return studentBirthDate != null && today.isBefore(studentBirthDate.plusYears(AGE_OF_MAJORITY));
    }

    @Transactional
    public void addGuardian(Actor actor, UUID guardianId, UUID studentId) {
        if (guardianId == null) {
            throw new InvalidFieldException("guardian", "choose the guardian");
        }
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the student");
        }
        if (guardianId.equals(studentId)) {
            throw new InvalidFieldException("guardian", "a student is not their own guardian");
        }
        access.requirePerson(actor, studentId);
        if (persons.findById(guardianId).isEmpty()) {
            throw new InvalidFieldException("guardian", "there is no such person");
        }
        if (entities.find(Guardianship.class, new Guardianship.Key(guardianId, studentId)) != null) {
            throw new InvalidFieldException("guardian", "is this student's guardian already");
        }
        entities.persist(new Guardianship(guardianId, studentId, "guardian"));
        audit.record(actor, "guardianship.added", studentId, "guardian " + guardianId);
    }

    /** The student, of age and signed in, lets the guardian go on acting for them. */
    @Transactional
    public void allowGuardian(Actor student, UUID guardianId) {
        Person self = persons.findByAccountId(student.accountId()).orElseThrow(() ->
                new AccessRefusedException("only the student themselves can allow a guardian"));
        Guardianship guardianship = entities.find(Guardianship.class, new Guardianship.Key(guardianId, self.id()));
        if (guardianship == null) {
            throw new InvalidFieldException("guardian", "is not your guardian");
        }
        Demographics demographics = entities.find(Demographics.class, self.id());
        LocalDate today = LocalDate.now(clock);
        if (demographics == null || demographics.birthDate() == null
                || today.isBefore(demographics.birthDate().plusYears(AGE_OF_MAJORITY))) {
            throw new AccessRefusedException("a student can allow a guardian once they are of age");
        }
        guardianship.allowedByStudent(clock.instant());
        audit.record(student, "guardianship.allowed-by-student", self.id(), "guardian " + guardianId);
    }

    /**
     * The student, of age and signed in, takes back the leave they gave the guardian: from now on the guardian acts for
     * them no more. Audited like the leave itself.
     */
    @Transactional
    public void withdrawGuardian(Actor student, UUID guardianId) {
        Person self = persons.findByAccountId(student.accountId()).orElseThrow(() ->
                new AccessRefusedException("only the student themselves can withdraw a guardian's leave"));
        Guardianship guardianship = entities.find(Guardianship.class, new Guardianship.Key(guardianId, self.id()));
        if (guardianship == null) {
            throw new InvalidFieldException("guardian", "is not your guardian");
        }
        if (guardianship.allowedByStudentAt() == null) {
            throw new InvalidFieldException("guardian", "you have not allowed this guardian to act for you");
        }
        guardianship.allowedByStudent(null);
        audit.record(student, "guardianship.withdrawn-by-student", self.id(), "guardian " + guardianId);
    }

    @Transactional(readOnly = true)
    public List<GuardianSummary> guardiansOf(Actor actor, UUID studentId) {
        access.requirePerson(actor, studentId);
        LocalDate today = LocalDate.now(clock);
        return entities.createQuery("SELECT g FROM Guardianship g WHERE g.studentId = :student", Guardianship.class)
                .setParameter("student", studentId).getResultStream()
                .map(g -> new GuardianSummary(g.guardianId(), studentId,
                        persons.findById(g.guardianId()).map(Person::name).orElse("?"), g.allowedByStudentAt(),
                        mayActFor(g.guardianId(), studentId, today)))
                .sorted(java.util.Comparator.comparing(GuardianSummary::guardianName)).toList();
    }
}
