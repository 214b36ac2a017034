package fi.kasvu.ui.assessment;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class AssessmentRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnAMunicipalitysHostGetsTheGradingPage() {
        new AssessmentRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(GradingView.class);
    }

    @Test
    void aSessionOnThePlatformHostGetsNone() {
        new AssessmentRoutes().register(new Site.Platform(), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
