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
        verify(sessionRoutes).setAnnotatedRoute(SchoolsView.class);
        verify(sessionRoutes).setAnnotatedRoute(SchoolYearsView.class);
        verify(sessionRoutes).setAnnotatedRoute(ClassesView.class);
        verify(sessionRoutes).setAnnotatedRoute(PeopleView.class);
        verify(sessionRoutes).setAnnotatedRoute(EnrollmentsView.class);
        verify(sessionRoutes).setAnnotatedRoute(AuditLogView.class);
    }

    @Test
    void aSessionOnThePlatformHostGetsNone() {
        new AdministrationRoutes().register(new Site.Platform(), sessionRoutes);

        verifyNoInteractions(sessionRoutes);
    }
}
