package fi.kasvu.provisioning.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The plans on offer, from the control plane. */
@Service
public class Plans {

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Plan> available() {
        return jdbc.sql("""
                SELECT code, name, description, price_per_student_cents, currency, billing_period, is_default
                FROM platform.plan WHERE available ORDER BY sort_order, code""")
                .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    public Optional<Plan> find(String code) {
        return available().stream().filter(plan -> plan.code().equals(code)).findFirst();
    }

    public Plan defaultPlan() {
        return available().stream().filter(Plan::isDefault).findFirst()
                .orElseThrow(() -> new IllegalStateException("no default plan is available in platform.plan"));
    }
}
