package fi.kasvu.platform.messages;

/**
 * A file to attach, as uploaded. The declared type is not asked for: what a file is, its bytes decide.
 *
 * @param fileName the name the sender gave it, shown to recipients
 * @param content  its bytes
 */
public record NewAttachment(String fileName, byte[] content) {

    public NewAttachment {
        content = content == null ? new byte[0] : content;
    }

    public int size() {
        return content.length;
    }
}
