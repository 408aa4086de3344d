package org.indivisible.web.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.indivisible.analysis.run.RunFolder;

/**
 * The report documents of complete runs ({@code GET /api/runs/{id}}), built once and kept: a
 * complete run folder does not change, so its document is cached by folder, keyed on the stamp
 * (modification time and size) of the files it is built from, {@code manifest.json} (the
 * completion marker), {@code summary.json} and the results store. A folder replaced or rewritten
 * gets a new stamp and is built again. The gzip form is made with the document, once. Least recently used entries go first once there are more
 * than {@code maxEntries} or their bytes pass {@code maxBytes}. Concurrent requests for a document
 * not yet built wait for the one build rather than each building (single flight); the build itself
 * runs under the server's {@link Limiter}.
 */
final class RunDocuments {

    /** Builds the document bytes of a run folder. */
    interface Builder {
        byte[] build(Path folder) throws Exception;
    }

    /** A document and its gzip form (made once, so that a browser's GET costs no compression). */
    record Doc(byte[] bytes, byte[] gzip) {
    }

    private record Entry(String stamp, Doc doc) {
        long size() {
            return doc.bytes.length + (long) doc.gzip.length;
        }
    }

    private final Builder builder;
    private final Limiter limiter;
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CompletableFuture<Doc>> building = new ConcurrentHashMap<>();
    private final AtomicLong builds = new AtomicLong();
    private long bytes;

    RunDocuments(Builder builder, Limiter limiter, int maxEntries, long maxBytes) {
        this.builder = builder;
        this.limiter = limiter;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The document of a complete run folder, from the cache when its files are unchanged. */
    byte[] get(Path folder) throws Exception {
        return document(folder).bytes();
    }

    /** The document and its gzip form, from the cache when the folder's files are unchanged. */
    Doc document(Path folder) throws Exception {
        Path key = folder.toAbsolutePath().normalize();
        String stamp = stamp(key);
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.stamp.equals(stamp)) {
                return e.doc;
            }
        }
        String flight = key + "\n" + stamp;
        CompletableFuture<Doc> mine = new CompletableFuture<>();
        CompletableFuture<Doc> other = building.putIfAbsent(flight, mine);
        if (other != null) {
            try {
                return other.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }
        try {
            Doc built = limiter.run(() -> {
                byte[] b = builder.build(key);
                return new Doc(b, gzip(b));
            });
            builds.incrementAndGet();
            put(key, new Entry(stamp, built));
            mine.complete(built);
            return built;
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            building.remove(flight, mine);
        }
    }

    private synchronized void put(Path key, Entry e) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
        if (e.size() > maxBytes || maxEntries == 0) {
            return;
        }
        entries.put(key, e);
        bytes += e.size();
        Iterator<Map.Entry<Path, Entry>> it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            bytes -= it.next().getValue().size();
            it.remove();
        }
    }

    static byte[] gzip(byte[] b) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length / 8 + 64);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out, 64 * 1024)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    /** Documents built so far (cache misses that finished). */
    long builds() {
        return builds.get();
    }

    synchronized int size() {
        return entries.size();
    }

    /** Modification time and size of the files the document is built from. */
    static String stamp(Path folder) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String name : new String[] {RunFolder.MANIFEST, RunFolder.SUMMARY, RunFolder.DATABASE}) {
            try {
                BasicFileAttributes a = Files.readAttributes(folder.resolve(name), BasicFileAttributes.class);
                s.append(name).append('=').append(a.lastModifiedTime()).append('/').append(a.size())
                        .append('/').append(a.fileKey()).append(';');
            } catch (NoSuchFileException e) {
                s.append(name).append("=-;");
            }
        }
        return s.toString();
    }
}
