package fi.kasvu.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The tenant the current thread works for. It is bound for the length of a request or a unit of work and always
 * unbound in {@code finally}; asynchronous work is handed a {@link TenantId} and binds it itself. This is a bean,
 * not a static holder, so that nothing reaches it without being given it.
 */
@Component
public class TenantContext {

    static final String MDC_KEY = "tenant";

    private final ThreadLocal<TenantId> current = new ThreadLocal<>();

    public Optional<TenantId> current() {
        return Optional.ofNullable(current.get());
    }

    public TenantId require() {
        TenantId tenantId = current.get();
        if (tenantId == null) {
            throw new NoTenantBoundException();
        }
        return tenantId;
    }

    /**
     * Binds the tenant until the returned binding is closed, which restores whatever was bound before; use it in
     * try-with-resources so that the unbinding happens in {@code finally}.
     */
    public Binding bind(TenantId tenantId) {
        TenantId previous = current.get();
        set(tenantId);
        return () -> restore(previous);
    }

    /** Runs the work as the tenant, then restores whatever was bound before. */
    public <T> T callAs(TenantId tenantId, Callable<T> work) throws Exception {
        try (var bound = bind(tenantId)) {
            return work.call();
        }
    }

    public void runAs(TenantId tenantId, Runnable work) {
        try (var bound = bind(tenantId)) {
            work.run();
        }
    }

    private void set(TenantId tenantId) {
        current.set(tenantId);
        MDC.put(MDC_KEY, tenantId.slug());
    }

    private void restore(TenantId previous) {
        if (previous == null) {
            current.remove();
            MDC.remove(MDC_KEY);
        } else {
            set(previous);
        }
    }

    /** Refuses work meant for the platform host (sign-up, the operator console) on a municipality's host. */
    public void requirePlatformHost() {
        if (current.get() != null) {
            throw new PlatformHostOnlyException();
        }
    }

    /** A tenant bound to the thread until closed. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    /** Something of the platform host was asked for on a municipality's host. */
    public static class PlatformHostOnlyException extends IllegalStateException {
        PlatformHostOnlyException() {
            super("this is served on the platform host, not on a municipality's address");
        }
    }

    /** Tenant data was asked for where no tenant is bound: a programming error, never a fallback to some tenant. */
    public static class NoTenantBoundException extends IllegalStateException {
        NoTenantBoundException() {
            super("no tenant is bound to this thread; tenant data can only be reached on a tenant's host or in work "
                    + "given a TenantId");
        }
    }
}
