package fi.kasvu.provisioning.branding;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import fi.kasvu.platform.tenancy.Logo;

/**
 * What an uploaded file really is, told from its first bytes rather than from its name or the type the browser
 * declared: a logo is PNG, JPEG, WebP or SVG, at most {@value #LARGEST} bytes. An SVG must be an SVG document with no
 * script in it, although the portal serves logos so that scripts could not run anyway.
 */
final class LogoImage {

    static final int LARGEST = 512 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoImage() {
    }

    /** The logo the bytes make, with the media type the bytes show; or the reason they make none, for the city admin. */
    static Logo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("The file is empty; choose a PNG, JPEG, WebP or SVG image.");
        }
        if (bytes.length > LARGEST) {
            throw refused("The logo can be at most " + LARGEST / 1024 + " KB; this file is "
                    + (bytes.length + 1023) / 1024 + " KB.");
        }
        String type = startsWith(bytes, 0, PNG) ? "image/png"
                : startsWith(bytes, 0, JPEG) ? "image/jpeg"
                : startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP")) ? "image/webp"
                : isSvg(bytes) ? "image/svg+xml" : null;
        if (type == null) {
            throw refused("The logo must be a PNG, JPEG, WebP or SVG image; " + describe(bytes) + ".");
        }
        if (type.equals("image/svg+xml") && new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                .contains("<script")) {
            throw refused("An SVG logo may not contain scripts.");
        }
        return new Logo(type, bytes.clone());
    }

    /** An XML document whose root element is {@code svg}, after any declaration, comments and doctype. */
    private static boolean isSvg(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false; // text has no NUL bytes; a binary file that mentions <svg somewhere is no SVG
            }
        }
        String text = new String(bytes, 0, Math.min(bytes.length, 4_096), StandardCharsets.UTF_8);
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            String rest = text.substring(at);
            Optional<String> end = rest.startsWith("<?") ? Optional.of("?>")
                    : rest.startsWith("<!--") ? Optional.of("-->")
                    : rest.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? Optional.of(">") : Optional.empty();
            if (end.isEmpty()) {
                return rest.matches("(?s)<svg[\\s>/].*");
            }
            int close = rest.indexOf(end.get());
            if (close < 0) {
                return false;
            }
            at += close + end.get().length();
        }
    }

    private static String describe(byte[] bytes) {
        if (startsWith(bytes, 0, ascii("%PDF"))) {
            return "this file is a PDF document";
        }
        if (startsWith(bytes, 0, ascii("MZ")) || startsWith(bytes, 0, new byte[] {0x7f, 'E', 'L', 'F'})) {
            return "this file is a program";
        }
        if (startsWith(bytes, 0, ascii("GIF8"))) {
            return "GIF images are not accepted";
        }
        if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4})) {
            return "this file is a ZIP archive or an office document";
        }
        return "this file is none of them";
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static InvalidBrandingException refused(String message) {
        return InvalidBrandingException.of("logo", message);
    }
}
