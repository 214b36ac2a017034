package fi.kasvu.platform.messages;

/**
 * What a notification other than a message is about: each topic has its own line in the notification mail and its
 * own page in the portal, and the queue knows only a reference the topic's feature gave (an alert's id).
 */
public enum NotificationTopic {

    /** An early-warning alert about a pupil the recipient is responsible for (page {@code varhainen-tuki}). */
    EARLY_WARNING("early-warning", "varhainen-tuki");

    private final String column;
    private final String page;

    NotificationTopic(String column, String page) {
        this.column = column;
        this.page = page;
    }

    /** How {@code notification_queue.topic} names it. */
    String column() {
        return column;
    }

    /** The portal's page the mail links to. */
    String page() {
        return page;
    }
}
