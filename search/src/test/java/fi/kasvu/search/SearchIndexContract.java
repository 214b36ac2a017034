package fi.kasvu.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import fi.kasvu.SearchTestApplication;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every search engine must do, run against each adapter with real PostgreSQL: the outbox carries every change
 * into the index, names are found by prefix, without diacritics and with typos, each viewer finds only what they may
 * see, a search never crosses tenants, bad input is text, and a reindex swaps while searches answer.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchIndexContract {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @Autowired TenantContext context;
    @Autowired SearchIndexing indexing;
    @Autowired Reindexing reindexing;
    @Autowired Search search;
    @Autowired Viewers viewers;
    @Autowired SearchIndex index;

    TenantId vantaa;
    TenantId kerava;
    Roster roster;
    UUID aurinkoniitty;
    UUID havukoski;
    UUID class7a;
    UUID class7b;
    UUID class5c;
    UUID aino;
    UUID eetu;
    UUID aada;
    UUID oskar;
    UUID ville;

    @BeforeAll
    void municipalities() {
        vantaa = TenantFixture.activeMunicipality(registry, migrations, "vantaa");
        kerava = TenantFixture.activeMunicipality(registry, migrations, "kerava");
        roster = new Roster(connections, vantaa);
        aurinkoniitty = roster.school("Aurinkoniityn koulu");
        havukoski = roster.school("Havukosken koulu");
        class7a = roster.classGroup(aurinkoniitty, "7A");
        class7b = roster.classGroup(aurinkoniitty, "7B");
        class5c = roster.classGroup(havukoski, "5C");
        aino = roster.pupil("Aino", "Virtanen", "s-aino", class7a, LocalDate.now().minusYears(13));
        eetu = roster.pupil("Eetu", "Mäkinen", "s-eetu", class7b, LocalDate.now().minusYears(13));
        aada = roster.pupil("Aada", "Virtanen", "s-aada", class5c, LocalDate.now().minusYears(11));
        oskar = roster.pupil("Oskar", "Åström", null, class5c, LocalDate.now().minusYears(11));
        ville = roster.pupil("Ville", "Korhonen", null, class7a, LocalDate.now().minusYears(18).minusDays(1));
        UUID tero = roster.staff("Tero", "Opettaja", "t-tero", "teacher", aurinkoniitty);
        roster.enroll(tero, class7a, "teacher");
        roster.staff("Päivi", "Rehtori", "p-paivi", "principal", aurinkoniitty);
        roster.staff("Sakari", "Rehtori", "p-sakari", "principal", havukoski);
        roster.staff("Sanna", "Lehtonen", "t-sanna", "teacher", havukoski);
        UUID heikki = roster.staff("Heikki", "Virtanen", "g-heikki", "guardian", aurinkoniitty);
        roster.guardian(heikki, aino);
        UUID maija = roster.staff("Maija", "Korhonen", "g-maija", "guardian", aurinkoniitty);
        roster.guardian(maija, ville);

        var other = new Roster(connections, kerava);
        UUID savio = other.classGroup(other.school("Savion koulu"), "7A");
        other.pupil("Aino", "Virtanen", "s-aino", savio, LocalDate.now().minusYears(13));

        assertThat(indexing.drain(vantaa).documents()).as("documents written").isEqualTo(2 + 3 + 11);
        indexing.drain(kerava);
    }

    List<String> titles(TenantId tenant, String typed, Viewer viewer) {
        var found = new ArrayList<String>();
        context.runAs(tenant, () -> search.find(typed, viewer).hits().forEach(hit -> found.add(hit.title())));
        return found;
    }

    List<String> titles(String typed, String account, String... roles) {
        var found = new ArrayList<String>();
        context.runAs(vantaa, () -> search.find(typed, viewers.of(account, Set.of(roles))).hits()
                .forEach(hit -> found.add(hit.title())));
        return found;
    }

    List<String> asCityAdmin(String typed) {
        return titles(vantaa, typed, Viewer.cityAdmin());
    }

    @Test
    void findsPeopleByPrefixWithoutDiacriticsAndWithATypo() {
        assertThat(asCityAdmin("virt")).contains("Aino Virtanen", "Aada Virtanen", "Heikki Virtanen");
        assertThat(asCityAdmin("aino virt")).containsExactly("Aino Virtanen");
        assertThat(asCityAdmin("Virtnen")).as("one letter missing").contains("Aino Virtanen");
        assertThat(asCityAdmin("virtasen")).as("two letters wrong in eight").contains("Aino Virtanen");
        assertThat(asCityAdmin("makinen")).as("typed without ä").containsExactly("Eetu Mäkinen");
        assertThat(asCityAdmin("mäki")).containsExactly("Eetu Mäkinen");
        assertThat(asCityAdmin("astr")).as("typed without å").containsExactly("Oskar Åström");
        assertThat(asCityAdmin("Åström")).containsExactly("Oskar Åström");
    }

    @Test
    void findsClassesAndSchoolsByTheirNames() {
        assertThat(asCityAdmin("7b")).contains("7B");
        assertThat(asCityAdmin("aurinkon")).contains("Aurinkoniityn koulu");
        assertThat(asCityAdmin("havukosken")).contains("Havukosken koulu", "5C");
    }

    @Test
    void aGuardianFindsOnlyTheirOwnChild() {
        assertThat(titles("virtanen", "g-heikki", "guardian")).containsExactlyInAnyOrder("Aino Virtanen", "Heikki Virtanen");
        assertThat(titles("mäkinen", "g-heikki", "guardian")).isEmpty();
        assertThat(titles("havukosken", "g-heikki", "guardian")).as("another school's people and classes").isEmpty();
        assertThat(titles("7b", "g-heikki", "guardian")).isEmpty();
    }

    @Test
    void aGuardianNoLongerFindsAChildOfAgeUnlessTheChildAllowsIt() {
        assertThat(titles("ville", "g-maija", "guardian")).isEmpty();
        roster.sql("UPDATE guardianship SET allowed_by_student_at = now() WHERE student_id = ?::uuid", ville);
        try {
            assertThat(titles("ville", "g-maija", "guardian")).containsExactly("Ville Korhonen");
        } finally {
            roster.sql("UPDATE guardianship SET allowed_by_student_at = NULL WHERE student_id = ?::uuid", ville);
            indexing.drain(vantaa);
        }
    }

    @Test
    void aStudentFindsOnlyThemself() {
        assertThat(titles("virtanen", "s-aino", "student")).containsExactly("Aino Virtanen");
        assertThat(titles("eetu", "s-aino", "student")).isEmpty();
        assertThat(titles("7a", "s-aino", "student")).as("her own document names her class").containsExactly("Aino Virtanen");
        assertThat(titles("7b", "s-aino", "student")).isEmpty();
        assertThat(titles("rehtori", "s-aino", "student")).isEmpty();
    }

    @Test
    void aTeacherFindsThePupilsTheyTeachAndTheirSchoolsStaffAndClasses() {
        assertThat(titles("virtanen", "t-tero", "teacher")).as("a pupil of their class and her guardian")
                .containsExactlyInAnyOrder("Aino Virtanen", "Heikki Virtanen");
        assertThat(titles("mäkinen", "t-tero", "teacher")).as("a pupil of another class").isEmpty();
        assertThat(titles("rehtori", "t-tero", "teacher")).containsExactly("Päivi Rehtori");
        assertThat(titles("7", "t-tero", "teacher")).contains("7A", "7B").doesNotContain("5C");
        assertThat(titles("lehtonen", "t-tero", "teacher")).as("staff of another school").isEmpty();
        assertThat(titles("åström", "t-tero", "teacher")).as("a pupil of another school").isEmpty();
    }

    @Test
    void aPrincipalFindsTheirOwnSchool() {
        assertThat(titles("virtanen", "p-paivi", "principal")).containsExactlyInAnyOrder("Aino Virtanen", "Heikki Virtanen");
        assertThat(titles("mäkinen", "p-paivi", "principal")).containsExactly("Eetu Mäkinen");
        assertThat(titles("rehtori", "p-paivi", "principal")).containsExactly("Päivi Rehtori");
        assertThat(titles("virtanen", "p-sakari", "principal")).containsExactly("Aada Virtanen");
    }

    @Test
    void aCityAdminFindsEverythingOfTheirMunicipality() {
        assertThat(asCityAdmin("rehtori")).containsExactlyInAnyOrder("Päivi Rehtori", "Sakari Rehtori");
        assertThat(asCityAdmin("koulu")).contains("Aurinkoniityn koulu", "Havukosken koulu");
    }

    @Test
    void someoneWithoutAPersonOrRolesFindsNothing() {
        assertThat(titles("virtanen", "nobody", "teacher")).isEmpty();
        assertThat(titles("virtanen", "s-aino")).as("no realm role").containsExactly("Aino Virtanen");
        assertThat(titles("virtanen", null, "guardian")).isEmpty();
    }

    @Test
    void aSearchNeverCrossesMunicipalities() {
        List<String> ids = new ArrayList<>();
        context.runAs(kerava, () -> search.find("virtanen", Viewer.cityAdmin()).hits().forEach(hit -> ids.add(hit.id())));
        assertThat(ids).hasSize(1).doesNotContain("person:" + aino);
        assertThat(titles(kerava, "aurinkoniityn", Viewer.cityAdmin())).isEmpty();
        assertThat(titles(kerava, "virtanen", Viewer.cityAdmin())).containsExactly("Aino Virtanen");
        context.runAs(kerava, () -> assertThat(viewers.of("s-aino", Set.of("student")).persons())
                .doesNotContain(aino));
    }

    @Test
    void badInputIsReadAsText() {
        assertThat(asCityAdmin("*")).isEmpty();
        assertThat(asCityAdmin("   ")).isEmpty();
        assertThat(asCityAdmin(null)).isEmpty();
        assertThat(asCityAdmin("virt*")).contains("Aino Virtanen");
        assertThat(asCityAdmin("(aino) \"virtanen\" ~^: [ { \\ +-! /")).containsExactly("Aino Virtanen");
        assertThat(asCityAdmin("aino AND virtanen")).as("AND is a word, not an operator").isEmpty();
        assertThat(asCityAdmin("aino' OR 1=1 --")).isEmpty();
        assertThat(asCityAdmin("virtanen".repeat(1250))).as("a 10,000-character query").isEmpty();
        assertThat(asCityAdmin("aino " + "x".repeat(9995))).as("bounded, and every word must match").isEmpty();
        assertThat(asCityAdmin("?")).isEmpty();
    }

    @Test
    void changesArriveThroughTheOutbox() {
        UUID linnea = roster.pupil("Linnea", "Sjöberg", null, class7b, LocalDate.now().minusYears(12));
        indexing.drain(vantaa);
        assertThat(asCityAdmin("sjöberg")).containsExactly("Linnea Sjöberg");
        assertThat(titles("sjöberg", "t-tero", "teacher")).as("not in the teacher's class").isEmpty();

        roster.enroll(linnea, class7a, "student");
        roster.sql("UPDATE person SET family_name = 'Lindqvist' WHERE id = ?::uuid", linnea);
        assertThat(indexing.pending(vantaa)).isPositive();
        indexing.drain(vantaa);
        assertThat(indexing.pending(vantaa)).isZero();
        assertThat(asCityAdmin("sjöberg")).isEmpty();
        assertThat(titles("lindqvist", "t-tero", "teacher")).as("now in the teacher's class").containsExactly("Linnea Lindqvist");

        roster.sql("DELETE FROM enrollment WHERE person_id = ?::uuid", linnea);
        roster.sql("DELETE FROM person WHERE id = ?::uuid", linnea);
        indexing.drain(vantaa);
        assertThat(asCityAdmin("lindqvist")).isEmpty();
    }

    @Test
    void aRenamedSchoolShowsInItsClassesAndPeople() {
        UUID school = roster.school("Kivikon koulu");
        UUID classGroup = roster.classGroup(school, "9K");
        roster.pupil("Kalle", "Kivinen", null, classGroup, LocalDate.now().minusYears(15));
        indexing.drain(vantaa);
        roster.sql("UPDATE school SET name = 'Kiviston koulu' WHERE id = ?::uuid", school);
        indexing.drain(vantaa);
        assertThat(asCityAdmin("kiviston")).contains("Kiviston koulu", "9K", "Kalle Kivinen");
    }

    @Test
    void aReindexSwapsInANewIndexWhileSearchesAnswer() throws Exception {
        var stop = new AtomicBoolean();
        var answers = new ArrayList<List<String>>();
        var searching = new Thread(() -> {
            while (!stop.get()) {
                answers.add(titles("aino virtanen", "s-aino", "student"));
            }
        });
        searching.start();
        ReindexProgress done;
        try {
            done = reindexing.start(vantaa).get();
        } finally {
            stop.set(true);
            searching.join();
        }
        assertThat(done.state()).isEqualTo(ReindexProgress.State.SWAPPED);
        assertThat(done.written()).isGreaterThanOrEqualTo(done.total() - 1).isPositive();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(reindexing.progress(vantaa)).contains(done);
        assertThat(answers).isNotEmpty().allSatisfy(found -> assertThat(found).containsExactly("Aino Virtanen"));
        assertThat(asCityAdmin("rehtori")).containsExactlyInAnyOrder("Päivi Rehtori", "Sakari Rehtori");
        assertThat(titles(kerava, "virtanen", Viewer.cityAdmin())).containsExactly("Aino Virtanen");
    }
}
