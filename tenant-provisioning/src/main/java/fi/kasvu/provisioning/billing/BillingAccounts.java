package fi.kasvu.provisioning.billing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A municipality's billing account. Without a Stripe key Kasvu bills by manual invoicing: the account records the
 * plan, the business ID and the student count that invoices are made from.
 */
@Service
public class BillingAccounts {

    private final JdbcClient jdbc;

    BillingAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the tenant's account for manual invoicing; opening it again changes nothing. */
    public void openManualInvoicing(UUID tenant, String plan, String businessId, String billingEmail, int students) {
        jdbc.sql("""
                INSERT INTO platform.billing_account (tenant_id, plan, mode, business_id, billing_email, students)
                VALUES (?, ?, 'MANUAL_INVOICING', ?, ?, ?)
                ON CONFLICT (tenant_id) DO NOTHING""")
                .params(tenant, plan, businessId, billingEmail, students).update();
    }

    public Optional<BillingAccount> account(UUID tenant) {
        return jdbc.sql("""
                SELECT plan, mode, business_id, billing_email, students FROM platform.billing_account
                WHERE tenant_id = ?""")
                .param(tenant)
                .query((rs, n) -> new BillingAccount(tenant, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .optional();
    }

    /** Closes the account of a tenant being deleted; closing a closed account changes nothing. */
    public void close(UUID tenant) {
        jdbc.sql("DELETE FROM platform.billing_account WHERE tenant_id = ?").param(tenant).update();
    }

    /** What invoices are made from. */
    public record BillingAccount(UUID tenant, String plan, String mode, String businessId, String billingEmail,
                                 int students) {
    }
}
