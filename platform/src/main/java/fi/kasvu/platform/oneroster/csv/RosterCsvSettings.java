package fi.kasvu.platform.oneroster.csv;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a OneRoster CSV import, enforced while the zip is read (its headers are never trusted).
 *
 * @param maxEntries           entries a zip may hold
 * @param maxUncompressedBytes bytes all entries may inflate to together
 * @param maxCompressionRatio  inflated bytes per compressed byte, judged once {@code ratioGraceBytes} are inflated
 * @param ratioGraceBytes      inflated bytes before the ratio is judged (tiny files compress well too)
 * @param maxFieldBytes        bytes one CSV field may have (an unclosed quote would otherwise swallow the file)
 * @param maxReportedProblems  problems kept in a report; the rest are only counted
 */
@ConfigurationProperties("kasvu.oneroster.csv")
public record RosterCsvSettings(@DefaultValue("64") int maxEntries,
                                @DefaultValue("1073741824") long maxUncompressedBytes,
                                @DefaultValue("100") int maxCompressionRatio,
                                @DefaultValue("1048576") long ratioGraceBytes,
                                @DefaultValue("65536") int maxFieldBytes,
                                @DefaultValue("1000") int maxReportedProblems) {

    public static RosterCsvSettings defaults() {
        return new RosterCsvSettings(64, 1L << 30, 100, 1L << 20, 65536, 1000);
    }
}
