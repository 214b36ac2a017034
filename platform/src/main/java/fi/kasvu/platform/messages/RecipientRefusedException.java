package fi.kasvu.platform.messages;

import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;

/** A message to someone the sender may not reach ({@link MessageReach}); names that recipient. Nothing was written. */
public class RecipientRefusedException extends AccessRefusedException {

    private final UUID recipientId;
    private final String recipientName;

    public RecipientRefusedException(UUID recipientId, String recipientName) {
        super("you may not send a message to " + recipientName + ": staff reach their students, those students' "
                + "guardians and their colleagues; guardians and students reach the children's or their own teachers "
                + "and principal");
        this.recipientId = recipientId;
        this.recipientName = recipientName;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public String recipientName() {
        return recipientName;
    }
}
