package fi.kasvu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * With {@code -Dbench.jfr-dir=<dir>}, a Java Flight Recording ("profile" settings) of each measured run, written to
 * {@code <dir>/<name>.jfr}; read it with {@code jfr view hot-methods <file>}. Without the property, nothing.
 */
final class Profiler implements AutoCloseable {

    private static final String DIR = System.getProperty("bench.jfr-dir");

    private final Recording recording;
    private final Path file;

    private Profiler(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static Profiler none() {
        return new Profiler(null, null);
    }

    static Profiler start(String name) {
        if (DIR == null || DIR.isBlank()) {
            return new Profiler(null, null);
        }
        try {
            Path dir = Files.createDirectories(Path.of(DIR));
            var recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setName(name);
            recording.start();
            return new Profiler(recording, dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".jfr"));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot start a flight recording in " + DIR, e);
        }
    }

    @Override
    public void close() {
        if (recording == null) {
            return;
        }
        try {
            recording.stop();
            recording.dump(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        } finally {
            recording.close();
        }
    }
}
