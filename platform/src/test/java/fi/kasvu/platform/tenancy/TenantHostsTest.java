package fi.kasvu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantHostsTest {

    private final TenantHosts hosts = new TenantHosts("localhost");

    @Test
    void theBaseDomainIsThePlatformHost() {
        assertThat(hosts.classify("localhost:8080")).isEqualTo(new TenantHosts.PlatformHost());
        assertThat(hosts.classify("LOCALHOST")).isEqualTo(new TenantHosts.PlatformHost());
    }

    @Test
    void theFirstLabelUnderTheBaseDomainIsTheTenant() {
        assertThat(hosts.classify("vantaa.localhost:8080")).isEqualTo(new TenantHosts.TenantHost("vantaa"));
        assertThat(hosts.classify("Vantaa.LocalHost.")).isEqualTo(new TenantHosts.TenantHost("vantaa"));
    }

    @Test
    void deeperNamesAndOtherDomainsAreNoHostOfKasvus() {
        assertThat(hosts.classify("a.vantaa.localhost")).isInstanceOf(TenantHosts.ForeignHost.class);
        assertThat(hosts.classify("vantaa.example.org")).isInstanceOf(TenantHosts.ForeignHost.class);
        assertThat(hosts.classify("evillocalhost")).isInstanceOf(TenantHosts.ForeignHost.class);
        assertThat(hosts.classify("127.0.0.1:8080")).isInstanceOf(TenantHosts.ForeignHost.class);
        assertThat(hosts.classify("[::1]:8080")).isInstanceOf(TenantHosts.ForeignHost.class);
        assertThat(hosts.classify(null)).isInstanceOf(TenantHosts.ForeignHost.class);
    }
}
