package fi.kasvu.platform.earlywarning;

/**
 * Where an alert stands: open until someone acts; {@link #WITHDRAWN} when the indicator fell back under its threshold
 * (a mark corrected, say) before anyone resolved it.
 */
public enum AlertState {
    OPEN, ACKNOWLEDGED, CONTACTED_HOME, SUPPORT_STARTED, RESOLVED, WITHDRAWN;

    public boolean isClosed() {
        return this == RESOLVED || this == WITHDRAWN;
    }
}
