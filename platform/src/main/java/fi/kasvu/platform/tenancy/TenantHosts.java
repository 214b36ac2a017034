package fi.kasvu.platform.tenancy;

import java.util.Locale;

/**
 * Reads a request's host name: the platform host is the base domain itself, a tenant's host is
 * {@code <slug>.<base-domain>}; anything else is no host of Kasvu's.
 */
final class TenantHosts {

    sealed interface Host permits PlatformHost, TenantHost, ForeignHost {
    }

    record PlatformHost() implements Host {
    }

    record TenantHost(String label) implements Host {
    }

    record ForeignHost(String name) implements Host {
    }

    private final String baseDomain;

    TenantHosts(String baseDomain) {
        this.baseDomain = baseDomain.toLowerCase(Locale.ROOT);
    }

    Host classify(String hostHeader) {
        String name = withoutPort(hostHeader == null ? "" : hostHeader.strip()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals(baseDomain)) {
            return new PlatformHost();
        }
        String suffix = "." + baseDomain;
        if (name.endsWith(suffix)) {
            String label = name.substring(0, name.length() - suffix.length());
            if (!label.isEmpty() && label.indexOf('.') < 0) {
                return new TenantHost(label);
            }
        }
        return new ForeignHost(name);
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }
}
