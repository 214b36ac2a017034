package fi.kasvu.platform.welfare;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.demo.DemoData;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pupil welfare in the demo municipality: a curator of the wellbeing services county, Kaisa Kuraattori
 * (kaisa.kuraattori@vantaa.localhost), granted Hakunila's pupils until the end of the school year, with one record
 * written. Her sign-in is made by the demo logins (account {@link #ACCOUNT} until then).
 */
@Component
class WelfareDemo implements DemoData {

    static final String EMAIL = fi.kasvu.platform.demo.DemoPeople.WELFARE.email();
    static final String ACCOUNT = "demo-curator";
    private static final Actor SEED = Actor.system("demo");

    private final EntityManager entities;
    private final PersonRegister people;
    private final WelfareGrants grants;
    private final WelfareRegister register;
    private final Clock clock;

    WelfareDemo(EntityManager entities, PersonRegister people, WelfareGrants grants, WelfareRegister register,
                Clock clock) {
        this.entities = entities;
        this.people = people;
        this.grants = grants;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 960;
    }

    @Override
    @Transactional
    public void seed() {
        List<?> school = entities.createNativeQuery("SELECT id FROM school WHERE name = 'Hakunilan koulu'").getResultList();
        if (school.isEmpty()) {
            return;
        }
        UUID hakunila = (UUID) school.getFirst();
        UUID curator = people.addPerson(SEED, new NewPerson("Kaisa", "Kuraattori", EMAIL, null, null, Role.COUNSELOR,
                hakunila));
        people.linkAccount(SEED, curator, ACCOUNT);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear(), 7, 31);
        grants.grant(SEED, new NewGrant(curator, Profession.CURATOR, null, hakunila, today.minusDays(30), yearEnd));
        List<?> pupil = entities.createNativeQuery("""
                SELECT e.person_id FROM enrollment e JOIN class_group c ON c.id = e.class_id
                WHERE c.title = '7B' AND e.role = 'student' ORDER BY e.person_id LIMIT 1""").getResultList();
        if (!pupil.isEmpty()) {
            register.write(new Actor(ACCOUNT, "Kaisa Kuraattori", Set.of("welfare")), (UUID) pupil.getFirst(),
                    "Ensitapaaminen", "Oppilas tuli keskustelemaan koulupäivien jaksamisesta. Sovittu seuraava tapaaminen.");
        }
    }
}
