package fi.kasvu.provisioning.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.system.ApplicationHome;

/**
 * The Keycloak server the managed default runs: the keycloak-quarkus-dist zip from Maven Central, unpacked once
 * below the data directory.
 */
final class KeycloakDistribution {

    static final String VERSION = "26.5.6";
    static final String ZIP_NAME = "keycloak-quarkus-dist-" + VERSION + ".zip";

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);
    private static final String UNPACKED_MARKER = ".kasvu-unpacked";

    private KeycloakDistribution() {
    }

    /** The server's home directory, unpacking the distribution into {@code directory} the first time. */
    static Path unpacked(Path configuredZip, Path directory) {
        List<Path> searched = new ArrayList<>();
        Optional<Path> zip = find(configuredZip, searched);
        if (zip.isEmpty()) {
            return alreadyUnpacked(directory).orElseThrow(() -> new IllegalStateException(
                    "no Keycloak distribution to run: looked for " + searched + "; build the application with Maven "
                            + "(it fetches org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip), set "
                            + "kasvu.keycloak.distribution to the zip, or set kasvu.keycloak.url to an external Keycloak"));
        }
        try {
            return unpack(zip.get(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking " + zip.get() + " into " + directory + " failed", e);
        }
    }

    private static Optional<Path> find(Path configured, List<Path> searched) {
        if (configured != null) {
            searched.add(configured);
            return Optional.of(configured).filter(Files::isRegularFile);
        }
        Path besideJar = new ApplicationHome().getDir().toPath().resolve("keycloak").resolve(ZIP_NAME);
        Path mavenRepository = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, ZIP_NAME);
        return Stream.of(besideJar, mavenRepository).peek(searched::add).filter(Files::isRegularFile).findFirst();
    }

    private static Optional<Path> alreadyUnpacked(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(directory)) {
            return homes.filter(home -> Files.exists(home.resolve(UNPACKED_MARKER)))
                    .max(Comparator.comparing(Path::getFileName));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path unpack(Path zip, Path directory) throws IOException {
        try (var archive = new ZipFile(zip.toFile())) {
            String top = topDirectory(archive, zip);
            Path home = directory.resolve(top);
            if (Files.exists(home.resolve(UNPACKED_MARKER))) {
                return home;
            }
            long started = System.nanoTime();
            Files.createDirectories(directory);
            // unpack beside the target and move it in place, so that an interrupted unpack is simply redone
            Path partial = Files.createTempDirectory(directory, "unpacking-");
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("the entry " + entry.getName() + " would land outside " + partial);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true, false);
                }
            }
            Files.createFile(partial.resolve(top).resolve(UNPACKED_MARKER));
            if (Files.exists(home)) {
                deleteRecursively(home);
            }
            Files.move(partial.resolve(top), home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(partial);
            log.info("unpacked {} into {} in {} ms", zip.getFileName(), home, (System.nanoTime() - started) / 1_000_000);
            return home;
        }
    }

    private static String topDirectory(ZipFile archive, Path zip) throws IOException {
        return archive.stream().map(entry -> entry.getName().split("/", 2)[0]).findFirst()
                .filter(name -> !name.isBlank() && !name.equals("..") && !name.equals("."))
                .orElseThrow(() -> new IOException(zip + " is not a Keycloak distribution"));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
