package fi.kasvu.provisioning.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real database error injected into one saga step: a trigger that fails writes to a control-plane table for one
 * slug, until it is lifted.
 */
final class Sabotage implements AutoCloseable {

    private final JdbcClient jdbc;
    private final String name;
    private final String table;

    private Sabotage(JdbcClient jdbc, String name, String table) {
        this.jdbc = jdbc;
        this.name = name;
        this.table = table;
    }

    /** Fails inserts and updates of platform.<table> rows for which the condition (on NEW) holds. */
    static Sabotage failWrites(JdbcClient jdbc, String table, String condition) {
        String name = "sabotage_" + table + "_" + Long.toHexString(System.nanoTime());
        jdbc.sql("""
                CREATE FUNCTION platform.%s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF %s THEN RAISE EXCEPTION 'injected database failure on %s'; END IF;
                  RETURN NEW;
                END $$""".formatted(name, condition, table)).update();
        jdbc.sql("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON platform.%s FOR EACH ROW EXECUTE FUNCTION platform.%s()"
                .formatted(name, table, name)).update();
        return new Sabotage(jdbc, name, table);
    }

    @Override
    public void close() {
        jdbc.sql("DROP TRIGGER IF EXISTS %s ON platform.%s".formatted(name, table)).update();
        jdbc.sql("DROP FUNCTION IF EXISTS platform.%s()".formatted(name)).update();
    }
}
