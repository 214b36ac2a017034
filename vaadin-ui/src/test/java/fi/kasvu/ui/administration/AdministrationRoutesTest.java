package fi.kasvu.ui.administration;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class AdministrationRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnAMunicipalitysHostGetsItsAdministration() {
        new AdministrationRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(BrandingView.class);
        verify(sessionRoutes).setAnnotatedRoute(StaffView.class);
    }

    @Test
    void aSessionOnThePlatformHostGetsNone() {
        new AdministrationRoutes().register(new Site.Platform(), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
