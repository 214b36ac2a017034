package fi.kasvu.ui.console;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class ConsoleRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnThePlatformHostGetsTheConsole() {
        new ConsoleRoutes().register(new Site.Platform(), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(ConsoleView.class);
    }

    @Test
    void aSessionOnAMunicipalitysHostGetsNoConsole() {
        new ConsoleRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
