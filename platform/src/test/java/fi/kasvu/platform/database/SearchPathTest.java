package fi.kasvu.platform.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"public", "pg_catalog", "information_schema", "t_", "t_Vantaa", "t_x\"; DROP SCHEMA platform; --",
            "vantaa", "t_vantaa,public", ""})
    void onlyKasvusOwnSchemaNamesCanBeBound(String schema) {
        // refused before the connection is touched, so none is needed
        assertThatThrownBy(() -> SearchPath.bind(null, schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + schema + "' is not a Kasvu schema name");
    }
}
