package fi.kasvu.search;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.kasvu.SearchTestApplication;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox triggers queue each affected entity once per statement, in the statement's transaction. */
@SpringBootTest(classes = SearchTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SearchOutboxTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @Autowired SearchIndexing indexing;

    TenantId tenant;
    Roster roster;

    @BeforeEach
    void municipality() {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "outbox");
        roster = new Roster(connections, tenant);
    }

    @Test
    void aThousandRowStatementQueuesEachPersonOnce() {
        roster.sql("""
                INSERT INTO person (id, source_id, given_name, family_name)
                SELECT g, g::text, 'Bulk', 'Person' || n FROM (SELECT gen_random_uuid() g, n FROM generate_series(1, 1000) n) s""");
        assertThat(queued()).hasSize(1000).allMatch(row -> row.startsWith("person:"));

        roster.sql("UPDATE person SET middle_name = 'M'");
        assertThat(queued()).as("one more row per person for the update").hasSize(2000);
        assertThat(queued().stream().distinct()).hasSize(1000);
    }

    @Test
    void anEnrollmentQueuesThePupilAndTheirGuardiansAndARollbackQueuesNothing() throws SQLException {
        UUID school = roster.school("Outbox koulu");
        UUID classGroup = roster.classGroup(school, "1A");
        UUID pupil = roster.pupil("Olli", "Oppilas", null, classGroup, LocalDate.now().minusYears(7));
        UUID guardian = roster.person("Hilkka", "Huoltaja", null);
        roster.guardian(guardian, pupil);
        indexing.drain(tenant);
        assertThat(queued()).isEmpty();

        roster.enroll(pupil, roster.classGroup(school, "1B"), "student");
        assertThat(queued()).contains("person:" + pupil, "person:" + guardian);

        indexing.drain(tenant);
        connections.withConnection(tenant, connection -> {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE person SET family_name = 'Peruttu'");
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
        assertThat(queued()).as("a change that rolls back queues nothing").isEmpty();
    }

    @Test
    void renamingASchoolQueuesItsClassesAndPeople() {
        UUID school = roster.school("Vanha koulu");
        UUID classGroup = roster.classGroup(school, "2C");
        UUID pupil = roster.pupil("Pia", "Pupil", null, classGroup, LocalDate.now().minusYears(8));
        indexing.drain(tenant);

        roster.sql("UPDATE school SET name = 'Uusi koulu' WHERE id = ?::uuid", school);

        assertThat(queued()).containsExactlyInAnyOrder("school:" + school, "class_group:" + classGroup, "person:" + pupil);
    }

    private List<String> queued() {
        try {
            return connections.withConnection(tenant, connection -> {
                try (var statement = connection.createStatement();
                     var rs = statement.executeQuery("SELECT entity || ':' || entity_id FROM search_outbox ORDER BY id")) {
                    var rows = new java.util.ArrayList<String>();
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                    return rows;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
