package fi.kasvu.ui.integration;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class IntegrationRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnAMunicipalitysHostGetsTheAppsPage() {
        new IntegrationRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(AppsView.class);
    }

    @Test
    void aSessionOnThePlatformHostGetsNone() {
        new IntegrationRoutes().register(new Site.Platform(), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
