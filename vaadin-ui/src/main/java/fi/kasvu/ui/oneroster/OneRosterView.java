package fi.kasvu.ui.oneroster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.oneroster.csv.ImportPhase;
import fi.kasvu.platform.oneroster.csv.RosterCsvExport;
import fi.kasvu.platform.oneroster.csv.RosterCsvImport;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * OneRoster 1.2 CSV for the city admin: a zip uploaded here is imported off the request thread while the page polls
 * its progress (Kasvu runs without server push); the report, the history and an export of the same format follow.
 */
@Route(value = OneRosterView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PageTitle("OneRoster-tuonti ja -vienti")
@RolesAllowed("CITY_ADMIN")
class OneRosterView extends Div {

    static final String ROUTE = "hallinta/oneroster";
    static final int POLL_MILLIS = 500;

    private final RosterImports running;
    private final RosterCsvImport imports;
    private final TenantId tenant;
    private final String actor;
    private final Upload upload = new Upload();
    private final Paragraph status = new Paragraph();
    private final ProgressBar bar = new ProgressBar();
    private final ImportReportSection report = new ImportReportSection();
    private final ImportHistory history;
    private Registration polling;

    OneRosterView(RosterImports running, RosterCsvImport imports, RosterCsvExport exports, TenantContext tenants,
                  CurrentUser users) {
        this.running = running;
        this.imports = imports;
        this.tenant = tenants.require();
        this.actor = users.signedIn().map(user -> user.username()).orElse("city-admin");
        this.history = new ImportHistory(chosen -> imports.result(tenant, chosen.id())
                .ifPresent(result -> report.show(chosen.fileName(), result)));
        status.setId("tuonnin-tila");
        status.getElement().setAttribute("role", "status");
        bar.setIndeterminate(true);
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "Tuonti käynnissä");
        configureUpload();
        var export = new Anchor((DownloadHandler) event -> {
            event.setFileName("oneroster-" + tenant.slug() + "-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            exports.exportZip(tenant, event.getOutputStream());
        }, "Lataa kunnan nykyiset tiedot OneRoster-zipinä");
        export.setId("oneroster-vienti");
        add(new Anchor("hallinta/ulkoasu", "← Hallinta"), new H1("OneRoster-tuonti ja -vienti"),
                new Paragraph("Tuo koulut, lukuvuodet, kurssit, ryhmät, oppilaat, huoltajat ja henkilökunta "
                        + "OneRoster 1.2 -muotoisena zip-tiedostona: manifest.csv ja yksi CSV-tiedosto kustakin "
                        + "tietotyypistä, kokonaisena (bulk) tai muutoksina (delta). Tuonti tallentuu kokonaan tai ei "
                        + "lainkaan: jos yhdessäkin rivissä on virhe, mitään ei tallenneta ja näet virheet alla. "
                        + "Henkilötunnuksen voi antaa users.csv:n userIds-kentässä muodossa {HETU:010106A9012}."),
                upload, bar, status, report, history, new H2("Vienti"),
                new Paragraph("Vienti sisältää kaikki voimassa olevat tiedot OneRoster 1.2 -muodossa ilman "
                        + "henkilötunnuksia."), export);
        refreshHistory();
        running.running(tenant).ifPresent(this::follow);
    }

    private void configureUpload() {
        upload.setId("oneroster-tuonti");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) RosterImports.LARGEST_ZIP);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("Valitse zip-tiedosto..."))
                .setDropFiles(new UploadI18N.DropFiles().setOne("tai pudota se tähän"))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig("Tiedosto voi olla enintään " + RosterImports.LARGEST_ZIP / (1024 * 1024) + " Mt.")
                        .setIncorrectFileType("Tuo OneRoster-tiedostot zip-pakettina.")));
        upload.setUploadHandler(received());
    }

    /** Vaadin calls this outside the session's lock: the page changes through {@link UI#access}. */
    private UploadHandler received() {
        return (UploadEvent event) -> {
            UI ui = event.getUI();
            Path zip;
            try (InputStream in = event.getInputStream()) {
                zip = RosterImports.receive(in);
            } catch (IOException e) {
                event.reject("Tiedoston vastaanotto keskeytyi.");
                return;
            }
            if (zip == null) {
                event.reject("Tiedosto voi olla enintään " + RosterImports.LARGEST_ZIP / (1024 * 1024) + " Mt.");
                return;
            }
            var started = running.start(tenant, zip, event.getFileName(), actor);
            if (started.isEmpty()) {
                event.reject("Kunnan edellinen tuonti on vielä käynnissä.");
                ui.access(() -> status.setText("Kunnan edellinen tuonti on vielä käynnissä; odota sen valmistumista."));
                return;
            }
            ui.access(() -> follow(started.get()));
        };
    }

    /** Shows the import's progress until it is done, polling for it. */
    private void follow(RosterImports.Running run) {
        bar.setVisible(true);
        report.setVisible(false);
        showProgress(run);
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
            stopPolling(ui);
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> showProgress(run));
        });
    }

    private void showProgress(RosterImports.Running run) {
        if (run.phase == ImportPhase.DONE && run.result != null) {
            bar.setVisible(false);
            status.setText("Tuonti on valmis: " + ImportReportSection.STATES.get(run.result.state()) + ".");
            report.show(run.fileName, run.result);
            refreshHistory();
            getUI().ifPresent(this::stopPolling);
            return;
        }
        if (run.phase == ImportPhase.DONE) {
            bar.setVisible(false);
            status.setText("Tuonti keskeytyi. Yritä hetken kuluttua uudelleen.");
            refreshHistory();
            getUI().ifPresent(this::stopPolling);
            return;
        }
        status.setText(switch (run.phase) {
            case READING -> "Luetaan " + run.fileName + ": " + run.subject + ", " + run.rows + " riviä";
            case CHECKING -> "Tarkistetaan viittauksia ja tunnisteita";
            case APPLYING -> "Tallennetaan: " + ImportReportSection.TABLES.getOrDefault(run.subject, run.subject);
            case DONE -> "Valmis";
        });
    }

    private void refreshHistory() {
        history.show(imports.history(tenant, 20));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
