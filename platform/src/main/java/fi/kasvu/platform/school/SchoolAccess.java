package fi.kasvu.platform.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may administer which school. A city admin sees and changes everything; a principal only the schools where the
 * person of their account holds a current principal role; anyone else nothing. Services ask here before each read
 * and write, so a view that forgot to hide a button still cannot reach another school.
 */
@Service
public class SchoolAccess {

    private final EntityManager entities;
    private final Clock clock;

    SchoolAccess(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /** @throws AccessRefusedException for someone who is neither a city admin nor a principal */
    @Transactional(readOnly = true)
    public SchoolScope scopeOf(Actor actor) {
        if (actor == null) {
            throw new AccessRefusedException("the school administration needs a signed-in city admin or principal");
        }
        if (actor.isCityAdmin()) {
            return new SchoolScope(true, java.util.Set.of());
        }
        if (!actor.hasRole(Actor.PRINCIPAL)) {
            throw new AccessRefusedException("the school administration is for city admins and principals");
        }
        return new SchoolScope(false, new HashSet<>(ledSchools(actor.accountId())));
    }

    /** @throws AccessRefusedException when the school is not in the actor's scope */
    @Transactional(readOnly = true)
    public void requireSchool(Actor actor, UUID school) {
        if (!scopeOf(actor).includes(school)) {
            throw new AccessRefusedException("a principal administers only their own school; this school is not theirs");
        }
    }

    public void requireCityAdmin(Actor actor, String what) {
        if (actor == null || !actor.isCityAdmin()) {
            throw new AccessRefusedException("only a city admin " + what);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ledSchools(String accountId) {
        LocalDate today = LocalDate.now(clock);
        return entities.createNativeQuery("""
                SELECT DISTINCT r.school_id FROM person_role r JOIN person p ON p.id = r.person_id
                WHERE p.account_id = :account AND p.status = 'active' AND r.role = 'principal' AND r.status = 'active'
                  AND r.school_id IS NOT NULL
                  AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)
                """, UUID.class).setParameter("account", accountId).setParameter("today", today).getResultList();
    }
}
