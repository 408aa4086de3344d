package org.indivisible.analysis.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every candidate a search evaluated, appended as one line each ({@code values;outputs}, exact
 * doubles), so that a search killed at any point resumes where it stopped: the search is replayed
 * from its seed, and each candidate it proposes again is answered from here instead of run
 * again. The algorithm is deterministic given its seed and the answers, so the resumed search
 * is the uninterrupted one. A last line cut off by a kill is ignored. Not thread safe.
 */
final class EvaluationJournal implements AutoCloseable {

    private final Map<String, double[]> answers = new HashMap<>();
    private final FileChannel channel;
    private final int outputs;

    /** Opens (creating if absent) a journal; reads what an earlier, interrupted search left. */
    EvaluationJournal(Path file, int values, int outputs, String header) throws IOException {
        this.outputs = outputs;
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        if (!fresh) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                throw new IOException(file.getFileName() + " belongs to another search (its header differs); "
                        + "start a new search folder, or delete it to start over");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean lastComplete = text.endsWith("\n");
            for (int i = 1; i < lines.size(); i++) {
                if (i == lines.size() - 1 && !lastComplete) {
                    break;
                }
                String[] parts = lines.get(i).split(";", -1);
                if (parts.length != 2) {
                    continue;
                }
                String[] out = parts[1].split(",", -1);
                if (parts[0].split(",", -1).length != values || out.length != outputs) {
                    continue;
                }
                double[] y = new double[outputs];
                for (int k = 0; k < outputs; k++) {
                    y[k] = Double.parseDouble(out[k]);
                }
                answers.put(parts[0], y);
            }
            if (!lastComplete) {
                // Rewrite without the cut-off line, so the next append starts a line of its own.
                int cut = text.lastIndexOf('\n') + 1;
                Files.writeString(file, text.substring(0, cut), StandardCharsets.UTF_8);
            }
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        if (fresh) {
            write(header + "\n");
        }
    }

    static String key(double[] x) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            b.append(i == 0 ? "" : ",").append(x[i]);
        }
        return b.toString();
    }

    /** The answer recorded for a candidate, or null. */
    double[] answer(double[] x) {
        return answers.get(key(x));
    }

    int size() {
        return answers.size();
    }

    void record(double[] x, double[] y) throws IOException {
        if (y.length != outputs) {
            throw new IllegalArgumentException("expected " + outputs + " outputs");
        }
        answers.put(key(x), y.clone());
        write(key(x) + ";" + key(y) + "\n");
    }

    /** Makes what was recorded durable (once a generation). */
    void sync() throws IOException {
        channel.force(false);
    }

    private void write(String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.force(false);
        channel.close();
    }
}
