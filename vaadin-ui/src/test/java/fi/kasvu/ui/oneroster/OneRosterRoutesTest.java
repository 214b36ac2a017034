package fi.kasvu.ui.oneroster;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class OneRosterRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnAMunicipalitysHostGetsTheOneRosterPage() {
        new OneRosterRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(OneRosterView.class);
    }

    @Test
    void aSessionOnThePlatformHostGetsNone() {
        new OneRosterRoutes().register(new Site.Platform(), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
