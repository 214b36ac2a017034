package fi.kasvu.ui.administration;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.kasvu.provisioning.branding.InvalidBrandingException;
import fi.kasvu.provisioning.branding.PortalBranding;

/**
 * The portal's logo: an upload that hands the file's bytes to whoever takes the logo, and says why a file was refused,
 * both to the upload component (the HTTP answer) and on the page for screen readers.
 */
class LogoUpload extends Section {

    private static final String HEADING = "logo-otsikko";

    /** Whoever stores the logo; throws {@link InvalidBrandingException} when the file is no acceptable logo. */
    interface LogoTaker {
        void take(InputStream file) throws IOException;
    }

    final Upload upload = new Upload();
    final Paragraph problem = new Paragraph();
    final Button remove = new Button(getTranslation("administration.logo.remove"));

    LogoUpload(boolean hasLogo, LogoTaker taker, Runnable removal, Runnable changed) {
        var heading = new H2(getTranslation("administration.logo.title"));
        heading.setId(HEADING);
        getElement().setAttribute("aria-labelledby", HEADING);
        var hint = new Paragraph(getTranslation(hasLogo ? "administration.logo.has" : "administration.logo.none") + " "
                + getTranslation("administration.logo.kinds", String.valueOf(PortalBranding.LARGEST_LOGO / 1024)));
        upload.setId("logo-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(Stream.concat(PortalBranding.LOGO_TYPES.stream(),
                Stream.of(".png", ".jpg", ".jpeg", ".webp", ".svg")).toArray(String[]::new));
        // what the browser checks before sending; the server checks the file again, by its content
        upload.setMaxFileSize(PortalBranding.LARGEST_LOGO);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("administration.logo.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("administration.logo.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("administration.logo.too-big", String.valueOf(PortalBranding.LARGEST_LOGO / 1024)))
                        .setIncorrectFileType(getTranslation("administration.logo.wrong-type"))));
        upload.setUploadHandler(handler(taker, changed));
        problem.setId("logo-problem");
        problem.addClassName("kasvu-problem");
        problem.getElement().setAttribute("role", "alert");
        remove.setId("logo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(hasLogo);
        remove.addClickListener(click -> {
            removal.run();
            changed.run();
        });
        add(heading, hint, upload, problem, remove);
    }

    /**
     * Vaadin calls the handler outside the session's lock, so the page changes through {@link UI#access}. The upload
     * component's own size limit is only a hint to the browser; the taker reads no more than a logo may have.
     */
    private UploadHandler handler(LogoTaker taker, Runnable changed) {
        return (UploadEvent event) -> {
            UI ui = event.getUI();
            try (InputStream file = event.getInputStream()) {
                taker.take(file);
                ui.access(changed::run);
            } catch (InvalidBrandingException refused) {
                String message = refused.problems().getFirst().message();
                event.reject(message);
                ui.access(() -> problem.setText(message));
            }
        };
    }
}
