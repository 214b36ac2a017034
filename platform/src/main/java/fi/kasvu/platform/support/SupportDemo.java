package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.demo.DemoData;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support in the demo municipality: reading support decided for a 7B pupil of Hakunila (drafted by the homeroom
 * teacher, decided by the principal), co-teaching in 7B's maths group, and the learning plan of the same pupil's
 * intensified support from before 1.8.2025. Made as the principal, who may do all of it.
 */
@Component
class SupportDemo implements DemoData {

    private final EntityManager entities;
    private final SupportDecisions decisions;
    private final GroupSupports groups;
    private final LegacySupportRecords legacy;
    private final Clock clock;

    SupportDemo(EntityManager entities, SupportDecisions decisions, GroupSupports groups, LegacySupportRecords legacy,
                Clock clock) {
        this.entities = entities;
        this.decisions = decisions;
        this.groups = groups;
        this.legacy = legacy;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void seed() {
        List<Object[]> found = entities.createNativeQuery("""
                SELECT p.id, c.id, (SELECT pr.account_id FROM person_role r JOIN person pr ON pr.id = r.person_id
                                    WHERE r.school_id = c.school_id AND r.role = 'principal' LIMIT 1),
                  (SELECT r.person_id FROM person_role r WHERE r.school_id = c.school_id AND r.role = 'principal' LIMIT 1)
                FROM class_group c JOIN enrollment e ON e.class_id = c.id AND e.role = 'student'
                JOIN person p ON p.id = e.person_id
                WHERE c.title = '7B' ORDER BY p.family_name, p.given_name LIMIT 1""").getResultList();
        if (found.isEmpty() || found.getFirst()[3] == null) {
            return;
        }
        Object[] row = found.getFirst();
        UUID pupil = (UUID) row[0];
        // the principal's person acts; an account may not exist yet in the demo, so a stand-in id names them
        String account = row[2] != null ? (String) row[2] : "demo-principal-" + row[3];
        if (row[2] == null) {
            entities.createNativeQuery("UPDATE person SET account_id = :account WHERE id = :id")
                    .setParameter("account", account).setParameter("id", row[3]).executeUpdate();
        }
        Actor principal = new Actor(account, "Rehtori (demo)", Set.of(Actor.PRINCIPAL));
        LocalDate today = LocalDate.now(clock);
        UUID decision = decisions.draft(principal, pupil, new SupportDraft(
                Set.of(SupportMeasure.SPECIAL_NEEDS_TEACHING_PART_TIME), Set.of("AI"),
                "Lukemisen sujuvuus ja luetun ymmärtäminen jäävät jälkeen ikätasosta ryhmäkohtaisesta tuesta huolimatta.",
                "Lukusujuvuus paranee lukuvuoden aikana; oppilas lukee ikätasoisia tekstejä itsenäisesti.",
                "Erityisopettaja opettaa äidinkieltä kaksi tuntia viikossa pienryhmässä ja muun opetuksen yhteydessä."));
        decisions.decide(principal, decision, new DecisionParts(today.minusDays(7), "Huoltaja ja oppilas kannattavat.",
                "Ryhmäkohtainen tuki ei ole riittänyt; tarve on säännöllinen.", today.minusDays(1),
                today.plusMonths(6), "Tähän päätökseen tyytymätön voi hakea oikaisua aluehallintovirastolta 14 päivän "
                + "kuluessa tiedoksisaannista."));
        var sections = new LinkedHashMap<String, String>();
        sections.put("Oppilaan vahvuudet", "Sinnikäs ja utelias, suullinen ilmaisu vahvaa.");
        sections.put("Tavoitteet", "Lukusujuvuus ja luetun ymmärtäminen.");
        sections.put("Tukitoimet", "Osa-aikainen erityisopetus, eriyttäminen.");
        legacy.keep(principal, pupil, LegacyDocument.LEARNING_PLAN, LocalDate.of(2024, 9, 2), LocalDate.of(2025, 7, 31),
                sections);
        List<?> maths = entities.createNativeQuery("SELECT id FROM class_group WHERE title = '7B MA' LIMIT 1")
                .getResultList();
        if (!maths.isEmpty()) {
            groups.record(principal, (UUID) maths.getFirst(), GroupSupportForm.CO_TEACHING,
                    "Samanaikaisopetus erityisopettajan kanssa kerran viikossa.", today.minusDays(30), null);
        }
    }
}
