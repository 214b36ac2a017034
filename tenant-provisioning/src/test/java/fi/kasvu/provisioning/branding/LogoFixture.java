package fi.kasvu.provisioning.branding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Files a city admin might upload: real images made here, and things that are no images. */
final class LogoFixture {

    private LogoFixture() {
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] webp() {
        byte[] riff = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, riff, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, riff, 8, 8);
        return riff;
    }

    static byte[] svg() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Kerava -->
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] windowsProgram() {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        return program;
    }

    /** A PNG signature followed by more bytes than a logo may have. */
    static byte[] tooLarge() {
        byte[] large = Arrays.copyOf(png(), 512 * 1024 + 1);
        return large;
    }

    private static byte[] image(String format) {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x7a1f5c);
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
