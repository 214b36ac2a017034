package fi.kasvu.ui.signup;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class SignupRoutesTest {

    private final RouteConfiguration sessionRoutes = mock(RouteConfiguration.class);

    @Test
    void aSessionOnThePlatformHostGetsTheSignUp() {
        new SignupRoutes().register(new Site.Platform(), sessionRoutes);

        verify(sessionRoutes).setAnnotatedRoute(SignupView.class);
    }

    @Test
    void aSessionOnAMunicipalitysHostGetsNoSignUp() {
        new SignupRoutes().register(new Site.Municipality("kerava"), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
