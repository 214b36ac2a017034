package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a person after they were added: their names and contact details, and ending a role at a school. Every
 * field is checked before the first write, so a refused change leaves the person as they were.
 */
@Service
public class PersonChanges {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,29}");

    private final Persons persons;
    private final PersonRoles roles;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final EntityManager entities;

    PersonChanges(Persons persons, PersonRoles roles, PeopleAccess access, AuditLog audit, EntityManager entities) {
        this.persons = persons;
        this.roles = roles;
        this.access = access;
        this.audit = audit;
        this.entities = entities;
    }

    /** The person's names and contact details as they stand, for the edit form. */
    @Transactional(readOnly = true)
    public PersonChange details(Actor actor, UUID personId) {
        access.requirePerson(actor, personId);
        return person(personId).details();
    }

    /** Changes the person's names, email and phone; the audit entry names the fields changed, never their values. */
    @Transactional
    public void change(Actor actor, UUID personId, PersonChange changed) {
        if (changed == null) {
            throw new InvalidFieldException("person", "fill in the person");
        }
        access.requirePerson(actor, personId);
        Person person = person(personId);
        PersonChange valid = new PersonChange(name("givenName", changed.givenName()),
                name("familyName", changed.familyName()), optionalName(changed.preferredGivenName()),
                email(changed.email()), phone(changed.phone()));
        if (valid.email() != null && persons.byEmail(valid.email()).filter(p -> !p.id().equals(personId)).isPresent()) {
            throw new InvalidFieldException("email", "another person has this address");
        }
        PersonChange before = person.details();
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(before.givenName(), valid.givenName())) fields.add("givenName");
        if (!Objects.equals(before.familyName(), valid.familyName())) fields.add("familyName");
        if (!Objects.equals(before.preferredGivenName(), valid.preferredGivenName())) fields.add("preferredGivenName");
        if (!Objects.equals(before.email(), valid.email())) fields.add("email");
        if (!Objects.equals(before.phone(), valid.phone())) fields.add("phone");
        if (fields.isEmpty()) {
            return;
        }
        person.change(valid);
        audit.record(actor, "person.changed", personId, "changed " + String.join(", ", fields));
    }

    /** The person's roles at the schools the actor administers, current and ended, the latest first. */
    @Transactional(readOnly = true)
    public List<RoleSummary> rolesOf(Actor actor, UUID personId) {
        access.requirePerson(actor, personId);
        var scope = access.scopeOf(actor);
        List<?> rows = entities.createNativeQuery("""
                        SELECT r.id AS id, r.role AS role, r.school_id AS school_id, s.name AS school_name,
                               r.begin_date AS begin_date, r.end_date AS end_date
                          FROM person_role r LEFT JOIN school s ON s.id = r.school_id
                         WHERE r.person_id = :person AND r.status = 'active'
                         ORDER BY r.begin_date DESC NULLS LAST, r.id""", Tuple.class)
                .setParameter("person", personId).getResultList();
        return rows.stream().map(Tuple.class::cast)
                .filter(row -> scope.everything()
                        || row.get("school_id", UUID.class) != null && scope.includes(row.get("school_id", UUID.class)))
                .map(row -> new RoleSummary(row.get("id", UUID.class), personId,
                        Role.of(row.get("role", String.class)), row.get("school_id", UUID.class),
                        row.get("school_name", String.class), row.get("begin_date", LocalDate.class),
                        row.get("end_date", LocalDate.class)))
                .toList();
    }

    /** Ends the role on the day (its last day); the day may not come before the role began. */
    @Transactional
    public void endRole(Actor actor, UUID roleId, LocalDate lastDay) {
        if (roleId == null) {
            throw new InvalidFieldException("role", "choose the role");
        }
        PersonRole role = roles.findById(roleId)
                .orElseThrow(() -> new InvalidFieldException("role", "there is no such role"));
        access.requireSchool(actor, role.schoolId());
        if (lastDay == null) {
            throw new InvalidFieldException("endDate", "choose the day the role ends");
        }
        if (role.beginDate() != null && lastDay.isBefore(role.beginDate())) {
            throw new InvalidFieldException("endDate", "cannot be before the role began on " + role.beginDate());
        }
        role.end(lastDay);
        audit.record(actor, "person.role-ended", role.personId(),
                role.role() + " at school " + role.schoolId() + " ends " + lastDay);
    }

    private Person person(UUID personId) {
        return persons.findById(personId)
                .orElseThrow(() -> new InvalidFieldException("person", "there is no such person"));
    }

    private static String name(String field, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException(field, "enter the name");
        }
        if (name.length() > PersonRegister.LONGEST_NAME) {
            throw new InvalidFieldException(field, "at most " + PersonRegister.LONGEST_NAME + " characters");
        }
        return name;
    }

    private static String optionalName(String value) {
        return value == null || value.isBlank() ? null : name("preferredGivenName", value);
    }

    private static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidFieldException("email", "enter an address such as maija.meikalainen@vantaa.fi");
        }
        return email;
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String phone = value.strip();
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidFieldException("phone", "enter a number such as +358 40 123 4567");
        }
        return phone;
    }
}
