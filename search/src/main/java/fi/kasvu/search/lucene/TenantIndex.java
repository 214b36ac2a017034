package fi.kasvu.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One tenant's index on disk: generations {@code index-<n>} below the tenant's directory, the live one named by the
 * file {@code CURRENT}, which a swap replaces atomically (write beside, then rename). Writes and searches use the live
 * generation; a swap waits for the writes in flight and makes the next searches use the new one.
 */
final class TenantIndex implements Closeable {

    private static final String CURRENT = "CURRENT";

    private final Path root;
    private final ReentrantReadWriteLock swapping = new ReentrantReadWriteLock();
    private volatile Generation live;

    private TenantIndex(Path root, Generation live) {
        this.root = root;
        this.live = live;
    }

    static TenantIndex open(Path root) throws IOException {
        Files.createDirectories(root);
        Path current = root.resolve(CURRENT);
        String name = Files.exists(current) ? Files.readString(current, StandardCharsets.UTF_8).strip() : null;
        Generation generation;
        if (name == null || !Files.isDirectory(root.resolve(name))) {
            generation = Generation.create(nextDirectory(root));
            generation.writer().commit();
            point(root, generation);
        } else {
            generation = Generation.create(root.resolve(name));
        }
        removeAllBut(root, generation.directory());
        return new TenantIndex(root, generation);
    }

    interface WriterWork {
        void apply(IndexWriter writer) throws IOException;
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Writes to the live generation, commits (durable when this returns) and makes the change searchable. */
    void write(WriterWork work) throws IOException {
        swapping.readLock().lock();
        try {
            Generation generation = live;
            work.apply(generation.writer());
            generation.writer().commit();
            generation.searchers().maybeRefreshBlocking();
        } finally {
            swapping.readLock().unlock();
        }
    }

    <T> T search(SearcherWork<T> work) throws IOException {
        SearcherManager searchers = live.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** A new, empty generation beside the live one. */
    Generation newGeneration() throws IOException {
        return Generation.create(nextDirectory(root));
    }

    /** Makes the generation live: committed, named in CURRENT, and the old one closed and removed. */
    void swapTo(Generation next) throws IOException {
        next.writer().commit();
        next.searchers().maybeRefreshBlocking();
        Generation old;
        swapping.writeLock().lock();
        try {
            point(root, next);
            old = live;
            live = next;
        } finally {
            swapping.writeLock().unlock();
        }
        old.close(); // searches still holding its reader finish on it: Lucene counts their references
        delete(old.directory());
    }

    @Override
    public void close() throws IOException {
        live.close();
    }

    Path root() {
        return root;
    }

    private static void point(Path root, Generation generation) throws IOException {
        Path next = root.resolve(CURRENT + ".next");
        Files.writeString(next, generation.directory().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path nextDirectory(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            int highest = children.map(path -> path.getFileName().toString()).filter(name -> name.matches("index-\\d+"))
                    .mapToInt(name -> Integer.parseInt(name.substring(6))).max().orElse(0);
            return root.resolve("index-%06d".formatted(highest + 1));
        }
    }

    /** Generations a crashed rebuild left behind. */
    private static void removeAllBut(Path root, Path keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(Files::isDirectory).filter(path -> !path.equals(keep)).toList()) {
                delete(child);
            }
        }
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** One index directory with its writer and its near-real-time searchers. */
    record Generation(Path directory, FSDirectory store, IndexWriter writer, SearcherManager searchers)
            implements Closeable {

        static Generation create(Path directory) throws IOException {
            Files.createDirectories(directory);
            FSDirectory store = FSDirectory.open(directory);
            var config = new IndexWriterConfig(Fields.perField()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(store, config);
            return new Generation(directory, store, writer, new SearcherManager(writer, null));
        }

        @Override
        public void close() throws IOException {
            searchers.close();
            writer.close();
            store.close();
        }
    }
}
