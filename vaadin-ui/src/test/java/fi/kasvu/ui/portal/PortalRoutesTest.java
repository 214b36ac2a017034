package fi.kasvu.ui.portal;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class PortalRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnAMunicipalitysHostGetsThePortalAndTheOwnPage() {
        new PortalRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(PortalHomeView.class);
        verify(sessionRoutes).setAnnotatedRoute(MyPageView.class);
    }

    @Test
    void aSessionOnThePlatformHostGetsNoPortal() {
        new PortalRoutes().register(new Site.Platform(), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
