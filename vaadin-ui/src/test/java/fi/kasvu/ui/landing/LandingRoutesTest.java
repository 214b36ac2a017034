package fi.kasvu.ui.landing;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class LandingRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnThePlatformHostGetsTheLandingPage() {
        new LandingRoutes().register(new Site.Platform(), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(LandingView.class);
    }

    @Test
    void aSessionOnAMunicipalitysHostGetsNoLandingPage() {
        new LandingRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
