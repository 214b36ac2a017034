package fi.kasvu.platform.earlywarning;

/** What the responsible people did about an alert; the last one is the alert's state. */
public enum AlertAction {
    ACKNOWLEDGED, CONTACTED_HOME, SUPPORT_STARTED, RESOLVED;
}
