package fi.kasvu.platform.people;

import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal identity codes (henkilötunnukset): set once per person, unique, shown masked to whoever may see the
 * person, revealed whole only to a city admin, and each reveal written to the audit log before the code is returned.
 */
@Service
public class IdentityCodes {

    static final String REVEALED = "identity-code.revealed";

    private final EntityManager entities;
    private final PeopleAccess access;
    private final AuditLog audit;

    IdentityCodes(EntityManager entities, PeopleAccess access, AuditLog audit) {
        this.entities = entities;
        this.access = access;
        this.audit = audit;
    }

    /** The code as it may be shown ({@code 010106A****}), if the person has one. */
    @Transactional(readOnly = true)
    public Optional<String> masked(Actor actor, UUID person) {
        access.requirePerson(actor, person);
        return stored(person).map(PersonalIdentityCode::masked);
    }

    /**
     * The whole code, for a city admin who asked to see it; the audit entry is written (and flushed) first, in the
     * same transaction, so there is no reveal without its entry.
     */
    @Transactional
    public Optional<String> reveal(Actor actor, UUID person) {
        access.requireCityAdmin(actor, "may see a whole identity code");
        access.requirePerson(actor, person);
        audit.record(actor, REVEALED, person, "identity code shown");
        return stored(person).map(PersonalIdentityCode::value);
    }

    /** Sets a person's code, once; the birth date it carries becomes their birth date if none is recorded. */
    @Transactional
    public void setIdentityCode(Actor actor, UUID person, String code) {
        access.requirePerson(actor, person);
        PersonalIdentityCode parsed = parsed(code);
        if (parsed == null) {
            throw new InvalidFieldException("identityCode", "enter the identity code");
        }
        if (stored(person).isPresent()) {
            throw new InvalidFieldException("identityCode", "the person's identity code is set already; it is stored once");
        }
        requireFree(parsed);
        Demographics demographics = entities.find(Demographics.class, person);
        if (demographics == null) {
            entities.persist(new Demographics(person, parsed.birthDate()));
        } else if (demographics.birthDate() != null && !demographics.birthDate().equals(parsed.birthDate())) {
            throw new InvalidFieldException("identityCode", "its date is not the person's recorded birth date");
        }
        store(actor, person, parsed);
    }

    /** Null for no code; the message of a wrong one names the field and never repeats the code. */
    PersonalIdentityCode parsed(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return PersonalIdentityCode.parse(code);
        } catch (InvalidIdentityCodeException invalid) {
            throw new InvalidFieldException("identityCode", invalid.getMessage());
        }
    }

    void requireFree(PersonalIdentityCode code) {
        if (code != null && ((Number) entities.createNativeQuery(
                "SELECT count(*) FROM person_identity_code WHERE code = :code").setParameter("code", code.value())
                .getSingleResult()).longValue() > 0) {
            throw new InvalidFieldException("identityCode", "another person has this identity code");
        }
    }

    void store(Actor actor, UUID person, PersonalIdentityCode code) {
        entities.persist(new IdentityCodeRecord(person, code));
        audit.record(actor, "identity-code.set", person, "identity code stored");
    }

    private Optional<PersonalIdentityCode> stored(UUID person) {
        return Optional.ofNullable(entities.find(IdentityCodeRecord.class, person)).map(IdentityCodeRecord::code);
    }
}
