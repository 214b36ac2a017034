package fi.kasvu.ui.messages;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.kasvu.platform.messages.NewAttachment;

/**
 * Files to attach: an upload that keeps each file's bytes until the message is sent, a list of them with a button to
 * remove each, and the limits in words. The upload's size limit is only the browser's hint; the platform checks each
 * file again, by its bytes, when the message is sent.
 */
class AttachmentPicker extends Div {

    final Upload upload = new Upload();
    final UnorderedList chosen = new UnorderedList();
    final Paragraph problem = MessageTexts.alert("liitteet-ongelma");
    private final List<NewAttachment> files = new ArrayList<>();

    AttachmentPicker(long limitBytes, int perMessage) {
        long megabytes = limitBytes / (1024 * 1024);
        var label = new Span(getTranslation("messages.attachments.label"));
        label.setId("liitteet-otsikko");
        var hint = new Paragraph(getTranslation("messages.attachments.hint", megabytes));
        hint.setId("liitteet-ohje");
        upload.setId("liitteet-upload");
        upload.getElement().setAttribute("aria-labelledby", "liitteet-otsikko");
        upload.getElement().setAttribute("aria-describedby", "liitteet-ohje");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limitBytes));
        upload.setMaxFiles(perMessage);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("messages.attachments.add"))
                        .setMany(getTranslation("messages.attachments.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("messages.attachments.drop"))
                        .setMany(getTranslation("messages.attachments.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("messages.attachments.too-big", megabytes))));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            NewAttachment file = new NewAttachment(metadata.fileName(), bytes);
            UI ui = upload.getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> add(file));
            } else {
                add(file);
            }
        }));
        chosen.setId("liitteet-lista");
        addClassName("kasvu-attachments");
        add(label, hint, upload, chosen, problem);
    }

    List<NewAttachment> files() {
        return List.copyOf(files);
    }

    void add(NewAttachment file) {
        files.add(file);
        var remove = new Button(getTranslation("messages.attachments.remove", file.fileName()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var item = new ListItem(new Span(getTranslation("messages.attachments.added", file.fileName())), remove);
        remove.addClickListener(click -> {
            files.remove(file);
            chosen.remove(item);
        });
        chosen.add(item);
    }

    void clear() {
        files.clear();
        chosen.removeAll();
        upload.clearFileList();
        problem.setText("");
    }
}
