package fi.kasvu.ui.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/** The timetable file's upload: at most a megabyte of UTF-8 text, handed to the page inside the session's lock. */
class TimetableUpload extends Upload {

    static final int LARGEST = 1024 * 1024;

    TimetableUpload(Consumer<String> received) {
        setId("lj-tiedosto");
        setMaxFiles(1);
        setMaxFileSize(LARGEST);
        setAcceptedFileTypes("text/csv", ".csv", ".txt");
        setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attendance.timetable.choose-file")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attendance.timetable.drop-file")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("attendance.timetable.file-too-big"))
                        .setIncorrectFileType(getTranslation("attendance.timetable.file-type"))));
        setUploadHandler((UploadHandler) (UploadEvent event) -> {
            UI ui = event.getUI();
            String text;
            try (InputStream in = event.getInputStream()) {
                text = new String(in.readNBytes(LARGEST + 1), StandardCharsets.UTF_8);
            } catch (IOException e) {
                event.reject(getTranslation("attendance.timetable.file-broken"));
                return;
            }
            ui.access(() -> received.accept(text));
        });
    }
}
