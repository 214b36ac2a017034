package fi.kasvu.ui.site;

import java.io.Serializable;

/**
 * The host a Vaadin session started on, and so the only host it may serve: the platform host or one municipality's.
 * It is kept in the session, which is why it holds the
 * tenant's slug rather than its {@code TenantId}: it must stay serialisable.
 */
public sealed interface Site extends Serializable {

    /** The base domain itself: Kasvu's landing page, sign-up and operator console. */
    record Platform() implements Site {
    }

    /** A municipality's host, {@code <slug>.<base-domain>}. */
    record Municipality(String slug) implements Site {
    }
}
