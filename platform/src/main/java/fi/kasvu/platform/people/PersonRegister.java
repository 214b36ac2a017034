package fi.kasvu.platform.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding people and their roles at schools, and linking a person to the realm user they sign in as. Every check comes
 * before the first write, so a refused person leaves nothing behind.
 */
@Service
public class PersonRegister {

    static final int LONGEST_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Persons persons;
    private final PersonRoles roles;
    private final IdentityCodes identityCodes;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final EntityManager entities;
    private final Clock clock;

    PersonRegister(Persons persons, PersonRoles roles, IdentityCodes identityCodes, PeopleAccess access, AuditLog audit,
                   EntityManager entities, Clock clock) {
        this.persons = persons;
        this.roles = roles;
        this.identityCodes = identityCodes;
        this.access = access;
        this.audit = audit;
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional
    public UUID addPerson(Actor actor, NewPerson added) {
        if (added == null) {
            throw new InvalidFieldException("person", "fill in the person");
        }
        String given = name("givenName", added.givenName());
        String family = name("familyName", added.familyName());
        String email = email(added.email());
        if (added.role() == null) {
            throw new InvalidFieldException("role", "choose the person's role");
        }
        if (added.schoolId() == null) {
            throw new InvalidFieldException("school", "choose the school");
        }
        access.requireSchool(actor, added.schoolId());
        PersonalIdentityCode code = identityCodes.parsed(added.identityCode());
        LocalDate birthDate = added.birthDate();
        if (code != null && birthDate != null && !birthDate.equals(code.birthDate())) {
            throw new InvalidFieldException("birthDate", "does not match the date in the identity code");
        }
        if (code != null) {
            birthDate = code.birthDate();
        }
        if (birthDate != null && birthDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("birthDate", "cannot be in the future");
        }
        if (email != null && persons.byEmail(email).isPresent()) {
            throw new InvalidFieldException("email", "another person has this address");
        }
        identityCodes.requireFree(code);
        Person person = persons.save(new Person(given, family, email,
                added.role() == Role.STUDENT ? added.schoolId() : null));
        roles.save(new PersonRole(person.id(), added.role(), true, added.schoolId(), LocalDate.now(clock)));
        if (birthDate != null) {
            entities.persist(new Demographics(person.id(), birthDate));
        }
        audit.record(actor, "person.added", person.id(), "as " + added.role().oneRoster() + " at school " + added.schoolId());
        if (code != null) {
            identityCodes.store(actor, person.id(), code);
        }
        entities.flush();
        return person.id();
    }

    /** Gives the person another role at a school (a teacher who becomes a principal, a student at a second school). */
    @Transactional
    public void addRole(Actor actor, UUID personId, Role role, UUID schoolId) {
        if (role == null) {
            throw new InvalidFieldException("role", "choose the role");
        }
        if (schoolId == null) {
            throw new InvalidFieldException("school", "choose the school");
        }
        access.requireSchool(actor, schoolId);
        if (persons.findById(personId).isEmpty()) {
            throw new InvalidFieldException("person", "there is no such person");
        }
        if (roles.holds(personId, role.oneRoster(), schoolId)) {
            throw new InvalidFieldException("role", "the person has this role at the school already");
        }
        roles.save(new PersonRole(personId, role, roles.noneFor(personId), schoolId, LocalDate.now(clock)));
        audit.record(actor, "person.role-added", personId, role.oneRoster() + " at school " + schoolId);
    }

    /**
     * After a member of staff was invited: the person with the address (or a new one by the name) signs in as the
     * realm user {@code accountId}.
     */
    @Transactional
    public UUID linkStaffAccount(Actor actor, String name, String email, String accountId) {
        access.requireCityAdmin(actor, "links accounts");
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidFieldException("accountId", "the realm user's id is missing");
        }
        String address = email(email);
        if (address == null) {
            throw new InvalidFieldException("email", "enter the person's email address");
        }
        Optional<Person> holder = persons.findByAccountId(accountId);
        if (holder.isPresent()) {
            return holder.get().id();
        }
        Person person = persons.byEmail(address).orElseGet(() -> {
            String full = name == null ? "" : name.strip();
            int space = full.lastIndexOf(' ');
            String given = space > 0 ? full.substring(0, space) : (full.isEmpty() ? address : full);
            String family = space > 0 ? full.substring(space + 1) : "-";
            return persons.save(new Person(name("name", given), name("name", family), address, null));
        });
        person.linkAccount(accountId);
        audit.record(actor, "person.account-linked", person.id(), "realm user linked");
        return person.id();
    }

    /** The person signs in as the realm user {@code accountId} (a pupil through MPASSid, say). */
    @Transactional
    public void linkAccount(Actor actor, UUID personId, String accountId) {
        access.requireCityAdmin(actor, "links accounts");
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidFieldException("accountId", "the realm user's id is missing");
        }
        Person person = persons.findById(personId)
                .orElseThrow(() -> new InvalidFieldException("person", "there is no such person"));
        if (persons.findByAccountId(accountId).filter(holder -> !holder.id().equals(personId)).isPresent()) {
            throw new InvalidFieldException("accountId", "another person signs in with this account");
        }
        person.linkAccount(accountId);
        audit.record(actor, "person.account-linked", personId, "realm user linked");
    }

    /** The person who signs in as the account, if one does. */
    @Transactional(readOnly = true)
    public Optional<UUID> personOf(String accountId) {
        return accountId == null ? Optional.empty() : persons.findByAccountId(accountId).map(Person::id);
    }

    private static String name(String field, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException(field, "enter the name");
        }
        if (name.length() > LONGEST_NAME) {
            throw new InvalidFieldException(field, "at most " + LONGEST_NAME + " characters");
        }
        return name;
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
}
