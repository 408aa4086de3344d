package org.indivisible.analysis.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.indivisible.analysis.ensemble.OutcomeJournal;
import org.indivisible.model.engine.Outcome;

/**
 * The journal of a run in progress: {@code outcomes.journal} in the partial run folder, one
 * record per replication in the order they were folded, so that {@code run --resume} can
 * finish an interrupted run. An internal format (the results store is the format for users):
 *
 * <pre>
 * file    = "INDVJ001" record*
 * record  = 'M' u16 index, UTF-8 metric id (Java modified UTF)          -- a new metric id
 *         | 'O' i32 cell, i32 replication, u16 count, (u16 metric, f64 value)*, i64 CRC32 of the record
 * </pre>
 *
 * Append-only: a run killed mid-write leaves at most one torn record at the end, which
 * {@link #open} detects (short read, bad checksum or a cut metric name) and cuts off. After each
 * folded chunk of replications, {@link #commit} hands the records to the operating system (so a
 * {@code kill -9} loses at most the chunk being folded) and forces them to disk at most every
 * {@value #SYNC_MILLIS} ms (so a power cut loses at most that much); {@link #flush} forces at
 * once. Written with a plain
 * {@link FileOutputStream} (not an interruptible channel) so Ctrl-C cannot close it mid-fold.
 * Not thread safe: the ensemble calls it from one folding thread at a time.
 */
public final class JournalFile implements OutcomeJournal, AutoCloseable {

    static final byte[] MAGIC = "INDVJ001".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final long validBytes;
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final List<String> metricIds = new ArrayList<>();
    private final long storedOutcomes;
    /** Longest time between forcing committed records to disk, milliseconds. */
    static final long SYNC_MILLIS = 1_000;

    private DataOutputStream out;
    private FileOutputStream fileOut;
    private long lastSyncNanos = System.nanoTime();
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
    private final DataOutputStream recordOut = new DataOutputStream(record);

    private JournalFile(Path file, long validBytes, long storedOutcomes, List<String> metrics) {
        this.file = file;
        this.validBytes = validBytes;
        this.storedOutcomes = storedOutcomes;
        for (String id : metrics) {
            metricIndex.put(id, metricIds.size());
            metricIds.add(id);
        }
    }

    /** Opens (creating if absent) a journal; a torn record at the end is cut off. */
    public static JournalFile open(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) < MAGIC.length && startsMagic(file)) {
            // New, or killed while being created: a header written whole, atomically.
            DurableFiles.write(file, MAGIC);
            return new JournalFile(file, MAGIC.length, 0, List.of());
        }
        Scan scan = scan(file, null);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(scan.validBytes);
        }
        return new JournalFile(file, scan.validBytes, scan.outcomes, scan.metricIds);
    }

    private static boolean startsMagic(Path file) throws IOException {
        byte[] head = Files.readAllBytes(file);
        return java.util.Arrays.equals(head, 0, head.length, MAGIC, 0, head.length);
    }

    /** Outcomes already in the journal when it was opened. */
    public long storedOutcomes() {
        return storedOutcomes;
    }

    /** Reads every complete record of a journal, in order, without changing the file. */
    public static long read(Path file, Replayed into) throws IOException {
        return scan(file, into).outcomes;
    }

    @Override
    public long replay(Replayed into) throws IOException {
        return scan(file, into).outcomes;
    }

    @Override
    public void append(int cellIndex, Outcome outcome) throws IOException {
        if (out == null) {
            fileOut = new FileOutputStream(file.toFile(), true);
            out = new DataOutputStream(new BufferedOutputStream(fileOut, 1 << 16));
        }
        for (String id : outcome.metrics().keySet()) {
            if (!metricIndex.containsKey(id)) {
                if (metricIds.size() == 0xFFFF) {
                    throw new IOException("journal " + file + ": more than 65535 metric ids");
                }
                metricIndex.put(id, metricIds.size());
                out.writeByte('M');
                out.writeShort(metricIds.size());
                out.writeUTF(id);
                metricIds.add(id);
            }
        }
        record.reset();
        recordOut.writeByte('O');
        recordOut.writeInt(cellIndex);
        recordOut.writeInt(outcome.replication());
        recordOut.writeShort(outcome.metrics().size());
        for (Map.Entry<String, Double> m : outcome.metrics().entrySet()) {
            recordOut.writeShort(metricIndex.get(m.getKey()));
            recordOut.writeDouble(m.getValue());
        }
        recordOut.flush();
        CRC32 crc = new CRC32();
        crc.update(record.toByteArray(), 0, record.size());
        record.writeTo(out);
        out.writeLong(crc.getValue());
    }

    @Override
    public void commit() throws IOException {
        if (out != null) {
            out.flush();
            if (System.nanoTime() - lastSyncNanos > SYNC_MILLIS * 1_000_000) {
                sync();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
            // Durable on disk, not just handed to the OS, before we call the prefix kept.
            sync();
        }
    }

    private void sync() throws IOException {
        fileOut.getFD().sync();
        lastSyncNanos = System.nanoTime();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            flush();
            out.close();
            out = null;
            fileOut = null;
        }
    }

    long validBytes() {
        return validBytes;
    }

    private record Scan(long validBytes, long outcomes, List<String> metricIds) {
    }

    private static Scan scan(Path file, Replayed into) throws IOException {
        List<String> ids = new ArrayList<>();
        long outcomes = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CountingInput counting = new CountingInput(raw);
             DataInputStream in = new DataInputStream(counting)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not an indivisible journal (expected header INDVJ001)");
            }
            long valid = counting.position;
            ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
            DataOutputStream bodyOut = new DataOutputStream(body);
            try {
                while (true) {
                    int kind = in.read();
                    if (kind < 0) {
                        break;
                    }
                    if (kind == 'M') {
                        int index = in.readUnsignedShort();
                        String id = in.readUTF();
                        if (index != ids.size()) {
                            break; // torn or corrupt: keep what came before
                        }
                        ids.add(id);
                    } else if (kind == 'O') {
                        body.reset();
                        bodyOut.writeByte('O');
                        int cell = in.readInt();
                        int replication = in.readInt();
                        int count = in.readUnsignedShort();
                        bodyOut.writeInt(cell);
                        bodyOut.writeInt(replication);
                        bodyOut.writeShort(count);
                        TreeMap<String, Double> metrics = new TreeMap<>();
                        boolean bad = false;
                        for (int i = 0; i < count; i++) {
                            int metric = in.readUnsignedShort();
                            double value = in.readDouble();
                            bodyOut.writeShort(metric);
                            bodyOut.writeDouble(value);
                            if (metric >= ids.size()) {
                                bad = true;
                            } else {
                                metrics.put(ids.get(metric), value);
                            }
                        }
                        bodyOut.flush();
                        long stored = in.readLong();
                        CRC32 crc = new CRC32();
                        crc.update(body.toByteArray(), 0, body.size());
                        if (bad || crc.getValue() != stored) {
                            break;
                        }
                        if (into != null) {
                            into.accept(cell, new Outcome(replication, metrics));
                        }
                        outcomes++;
                    } else {
                        break;
                    }
                    valid = counting.position;
                }
            } catch (EOFException | java.io.UTFDataFormatException torn) {
                // A record cut short by a kill: everything before it stands.
            }
            return new Scan(valid, outcomes, ids.subList(0, ids.size()));
        }
    }

    /** Counts bytes handed to the reader above it. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long position;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
