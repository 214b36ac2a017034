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
@RolesAllowed("CITY_ADMIN")
class OneRosterView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

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
        bar.getElement().setAttribute("aria-label", getTranslation("oneroster.running"));
        configureUpload();
        var export = new Anchor((DownloadHandler) event -> {
            event.setFileName("oneroster-" + tenant.slug() + "-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            exports.exportZip(tenant, event.getOutputStream());
        }, getTranslation("oneroster.export.link"));
        export.setId("oneroster-vienti");
        add(new Anchor("hallinta/ulkoasu", getTranslation("oneroster.back")), new H1(getTranslation("oneroster.title")),
                new Paragraph(getTranslation("oneroster.intro")),
                upload, bar, status, report, history, new H2(getTranslation("oneroster.export")),
                new Paragraph(getTranslation("oneroster.export.text")), export);
        refreshHistory();
        running.running(tenant).ifPresent(this::follow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oneroster.title");
    }

    private void configureUpload() {
        upload.setId("oneroster-tuonti");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) RosterImports.LARGEST_ZIP);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("oneroster.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("oneroster.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("oneroster.upload.too-big",
                                String.valueOf(RosterImports.LARGEST_ZIP / (1024 * 1024))))
                        .setIncorrectFileType(getTranslation("oneroster.upload.wrong-type"))));
        upload.setUploadHandler(received());
    }

    /** Vaadin calls this outside the session's lock: the page changes through {@link UI#access}. */
    private UploadHandler received() {
        return (UploadEvent event) -> {
            UI ui = event.getUI();
            java.util.Locale language = ui.getLocale();
            Path zip;
            try (InputStream in = event.getInputStream()) {
                zip = RosterImports.receive(in);
            } catch (IOException e) {
                event.reject(com.vaadin.flow.i18n.I18NProvider.translate(language, "oneroster.upload.interrupted"));
                return;
            }
            if (zip == null) {
                event.reject(com.vaadin.flow.i18n.I18NProvider.translate(language, "oneroster.upload.too-big",
                        String.valueOf(RosterImports.LARGEST_ZIP / (1024 * 1024))));
                return;
            }
            var started = running.start(tenant, zip, event.getFileName(), actor);
            if (started.isEmpty()) {
                event.reject(com.vaadin.flow.i18n.I18NProvider.translate(language, "oneroster.busy"));
                ui.access(() -> status.setText(getTranslation("oneroster.busy.wait")));
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
            status.setText(getTranslation("oneroster.done", ImportReportSection.state(run.result.state())));
            report.show(run.fileName, run.result);
            refreshHistory();
            getUI().ifPresent(this::stopPolling);
            return;
        }
        if (run.phase == ImportPhase.DONE) {
            bar.setVisible(false);
            status.setText(getTranslation("oneroster.interrupted"));
            refreshHistory();
            getUI().ifPresent(this::stopPolling);
            return;
        }
        status.setText(switch (run.phase) {
            case READING -> getTranslation("oneroster.phase.reading", run.fileName, run.subject, String.valueOf(run.rows));
            case CHECKING -> getTranslation("oneroster.phase.checking");
            case APPLYING -> getTranslation("oneroster.phase.applying", ImportReportSection.table(run.subject));
            case DONE -> getTranslation("oneroster.phase.done");
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
