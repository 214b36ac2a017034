package fi.kasvu.provisioning.branding;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoImageTest {

    @Test
    void aPngJpegWebpOrSvgIsTakenAsWhatItsBytesShow() {
        assertThat(LogoImage.of(LogoFixture.png()).mediaType()).isEqualTo("image/png");
        assertThat(LogoImage.of(LogoFixture.jpeg()).mediaType()).isEqualTo("image/jpeg");
        assertThat(LogoImage.of(LogoFixture.webp()).mediaType()).isEqualTo("image/webp");
        assertThat(LogoImage.of(LogoFixture.svg()).mediaType()).isEqualTo("image/svg+xml");
        assertThat(LogoImage.of("\uFEFF<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))
                .mediaType()).isEqualTo("image/svg+xml");
    }

    @Test
    void aPdfIsRefusedSayingWhatItIs() {
        assertRefused(LogoFixture.pdf(), "The logo must be a PNG, JPEG, WebP or SVG image; this file is a PDF document.");
    }

    @Test
    void aProgramIsRefusedSayingWhatItIs() {
        assertRefused(LogoFixture.windowsProgram(), "The logo must be a PNG, JPEG, WebP or SVG image; this file is a program.");
    }

    @Test
    void aFileOverHalfAMegabyteIsRefusedWithItsSize() {
        assertRefused(LogoFixture.tooLarge(), "The logo can be at most 512 KB; this file is 513 KB.");
        assertThat(LogoImage.of(java.util.Arrays.copyOf(LogoFixture.png(), 512 * 1024)).mediaType()).isEqualTo("image/png");
    }

    @Test
    void anEmptyFileHtmlAndAnSvgWithAScriptAreRefused() {
        assertRefused(new byte[0], "The file is empty; choose a PNG, JPEG, WebP or SVG image.");
        assertRefused("<html><body><svg></svg></body></html>".getBytes(StandardCharsets.UTF_8),
                "The logo must be a PNG, JPEG, WebP or SVG image; this file is none of them.");
        assertRefused("<svg xmlns='http://www.w3.org/2000/svg'><SCRIPT>alert(1)</SCRIPT></svg>"
                .getBytes(StandardCharsets.UTF_8), "An SVG logo may not contain scripts.");
    }

    @Test
    void aBinaryFileThatStartsLikeAnSvgIsNoSvg() {
        byte[] bytes = "<svg >\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(bytes, "The logo must be a PNG, JPEG, WebP or SVG image; this file is none of them.");
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> LogoImage.of(bytes)).isInstanceOfSatisfying(InvalidBrandingException.class,
                refused -> assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("logo");
                    assertThat(problem.message()).isEqualTo(message);
                }));
    }
}
