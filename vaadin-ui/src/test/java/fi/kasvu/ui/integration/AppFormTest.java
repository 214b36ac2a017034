package fi.kasvu.ui.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fi.kasvu.provisioning.integration.AppRegistration;
import fi.kasvu.provisioning.integration.InvalidAppException.FieldProblem;
import fi.kasvu.provisioning.integration.OneRosterScope;
import fi.kasvu.provisioning.integration.ThirdPartyApps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
class AppFormTest {

    private final AppForm form = new AppForm();

    @Test
    void offersEveryScopeInWordsACityAdminReads() {
        assertThat(form.scopes.getListDataView().getItems()).containsExactly(OneRosterScope.values());
        assertThat(form.scopes.getItemLabelGenerator().apply(OneRosterScope.ROSTER_DEMOGRAPHICS)).startsWith("Väestötiedot");
        assertThat(form.requestsPerMinute.getValue()).isEqualTo(ThirdPartyApps.DEFAULT_REQUESTS_PER_MINUTE);
    }

    @Test
    void submitsWhatTheFormHolds() {
        var submitted = new ArrayList<AppRegistration>();
        form.addSubmitListener(submit -> submitted.add(submit.registration()));
        form.name.setValue("Oppimisalusta");
        form.scopes.select(OneRosterScope.ROSTER_CORE);
        form.requestsPerMinute.setValue(120);

        form.submit.click();

        assertThat(submitted).containsExactly(new AppRegistration("Oppimisalusta", Set.of(OneRosterScope.ROSTER_CORE), 120));
    }

    @Test
    void showsEachProblemOnItsFieldAndClearsEverythingAfterwards() {
        form.showProblems(List.of(new FieldProblem("scopes", "Choose at least one scope."),
                new FieldProblem("requestsPerMinute", "The rate limit is from 1 to 100000 requests a minute.")));

        assertThat(form.scopes.isInvalid()).isTrue();
        assertThat(form.scopes.getErrorMessage()).isEqualTo("Choose at least one scope.");
        assertThat(form.requestsPerMinute.isInvalid()).isTrue();
        assertThat(form.name.isInvalid()).isFalse();

        form.clear();

        assertThat(form.scopes.isInvalid()).isFalse();
        assertThat(form.name.getValue()).isEmpty();
    }
}
