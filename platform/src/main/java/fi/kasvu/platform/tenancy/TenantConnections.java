package fi.kasvu.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.stereotype.Component;

/**
 * Native SQL on a tenant's schema, through the same pools and the same set-and-reset as Hibernate uses.
 */
@Component
public class TenantConnections {

    private final TenantConnectionProvider provider;

    TenantConnections(TenantConnectionProvider provider) {
        this.provider = provider;
    }

    /** Work on a connection bound to the tenant's schema; the connection is reset (or evicted) afterwards. */
    public <T> T withConnection(TenantId tenantId, ConnectionWork<T> work) throws SQLException {
        Connection connection = provider.getConnection(tenantId.slug());
        try {
            return work.apply(connection);
        } finally {
            provider.releaseConnection(tenantId.slug(), connection);
        }
    }

    @FunctionalInterface
    public interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
