package fi.kasvu.platform.database;

import java.util.Map;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;

/** Runs a Liquibase update with its console output sent to the log, where the tenant in the MDC marks it. */
public final class QuietLiquibase {

    private QuietLiquibase() {
    }

    public static void update(Liquibase liquibase) throws Exception {
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                        "liquibase.command.showSummaryOutput", "LOG"),
                () -> liquibase.update(new Contexts(), new LabelExpression()));
    }
}
