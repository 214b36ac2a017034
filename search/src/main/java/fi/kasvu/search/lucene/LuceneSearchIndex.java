package fi.kasvu.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.search.Kind;
import fi.kasvu.search.SearchDocument;
import fi.kasvu.search.SearchHit;
import fi.kasvu.search.SearchIndex;
import fi.kasvu.search.SearchQuery;
import fi.kasvu.search.SearchResults;
import fi.kasvu.search.SearchUnavailableException;
import fi.kasvu.search.Viewer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;

/**
 * Search in embedded Lucene: a directory per tenant ({@code <directory>/<slug>}), opened on first use and kept open.
 * Every write is committed before it returns, so an outbox row is deleted only once its change is on disk.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private final Path directory;
    private final ConcurrentMap<TenantId, TenantIndex> tenants = new ConcurrentHashMap<>();
    private final LuceneQueries queries = new LuceneQueries(Fields.languages());

    public LuceneSearchIndex(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public void upsert(TenantId tenant, Collection<SearchDocument> documents) {
        io(() -> index(tenant).write(writer -> {
            for (SearchDocument document : documents) {
                writer.updateDocument(new Term(Fields.ID, document.id()), lucene(document));
            }
        }));
    }

    @Override
    public void delete(TenantId tenant, Collection<String> ids) {
        io(() -> index(tenant).write(writer -> writer.deleteDocuments(ids.stream()
                .map(id -> new Term(Fields.ID, id)).toArray(Term[]::new))));
    }

    @Override
    public SearchResults search(TenantId tenant, SearchQuery query, Viewer viewer) {
        if (query.isEmpty()) {
            return SearchResults.none(query);
        }
        try {
            return index(tenant).search(searcher -> {
                var top = searcher.search(queries.query(query, viewer), query.limit());
                var stored = searcher.storedFields();
                var hits = new ArrayList<SearchHit>();
                for (ScoreDoc scored : top.scoreDocs) {
                    Document document = stored.document(scored.doc);
                    hits.add(new SearchHit(document.get(Fields.ID), Kind.valueOf(document.get(Fields.KIND)),
                            document.get(Fields.TITLE), document.get(Fields.SUBTITLE)));
                }
                return new SearchResults(query, hits);
            });
        } catch (IOException e) {
            throw new SearchUnavailableException("the Lucene index of " + tenant + " could not be read", e);
        }
    }

    @Override
    public Rebuild rebuild(TenantId tenant) {
        TenantIndex index = index(tenant);
        TenantIndex.Generation next;
        try {
            next = index.newGeneration();
        } catch (IOException e) {
            throw new SearchUnavailableException("a new Lucene index for " + tenant + " could not be made", e);
        }
        return new Rebuild() {
            private boolean swapped;

            @Override
            public void upsert(Collection<SearchDocument> documents) {
                io(() -> {
                    for (SearchDocument document : documents) {
                        next.writer().updateDocument(new Term(Fields.ID, document.id()), lucene(document));
                    }
                });
            }

            @Override
            public void delete(Collection<String> ids) {
                io(() -> next.writer().deleteDocuments(ids.stream().map(id -> new Term(Fields.ID, id)).toArray(Term[]::new)));
            }

            @Override
            public void swap() {
                io(() -> index.swapTo(next));
                swapped = true;
            }

            @Override
            public void close() {
                if (!swapped) {
                    io(() -> {
                        next.close();
                        TenantIndex.delete(next.directory());
                    });
                }
            }
        };
    }

    @Override
    public void drop(TenantId tenant) {
        TenantIndex index = tenants.remove(tenant);
        io(() -> {
            if (index != null) {
                index.close();
            }
            TenantIndex.delete(directory.resolve(tenant.slug()));
        });
    }

    @Override
    public String engine() {
        return "Lucene (" + directory + ")";
    }

    @Override
    public void close() throws IOException {
        for (TenantIndex index : tenants.values()) {
            index.close();
        }
        tenants.clear();
    }

    private TenantIndex index(TenantId tenant) {
        return tenants.computeIfAbsent(tenant, id -> {
            try {
                return TenantIndex.open(directory.resolve(id.slug()));
            } catch (IOException e) {
                throw new SearchUnavailableException("the Lucene index of " + id + " could not be opened", e);
            }
        });
    }

    private static Document lucene(SearchDocument source) {
        var document = new Document();
        document.add(new StringField(Fields.ID, source.id(), Field.Store.YES));
        document.add(new StringField(Fields.KIND, source.kind().name(), Field.Store.YES));
        document.add(new StoredField(Fields.TITLE, source.title()));
        document.add(new StoredField(Fields.SUBTITLE, source.subtitle()));
        for (String name : source.names()) {
            document.add(new TextField(Fields.NAME, name, Field.Store.NO));
            document.add(new TextField(Fields.NAME_FOLDED, SearchQuery.fold(name), Field.Store.NO));
        }
        for (String field : Fields.languages().keySet()) {
            document.add(new TextField(field, source.text(), Field.Store.NO));
        }
        var visibility = source.visibility();
        visibility.persons().forEach(id -> document.add(new StringField(Fields.SEEN_BY_PERSON, id.toString(), Field.Store.NO)));
        visibility.classes().forEach(id -> document.add(new StringField(Fields.SEEN_BY_CLASS, id.toString(), Field.Store.NO)));
        visibility.schools().forEach(id -> document.add(new StringField(Fields.SEEN_BY_SCHOOL, id.toString(), Field.Store.NO)));
        visibility.roles().forEach(role -> document.add(new StringField(Fields.SEEN_BY_ROLE, role, Field.Store.NO)));
        return document;
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("writing to the Lucene index failed: " + e.getMessage(), e);
        }
    }
}
