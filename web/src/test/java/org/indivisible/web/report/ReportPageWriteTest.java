package org.indivisible.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22 item 9: report.html was rewritten through one fixed temporary name, so two GETs at once raced (a 500). */
class ReportPageWriteTest {

    @TempDir
    Path folder;

    @Test
    void concurrentWritersEachUseTheirOwnTemporaryFile() throws Exception {
        int writers = 8;
        int rounds = 25;
        List<String> texts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            texts.add(String.valueOf((char) ('a' + w)).repeat(400_000));
        }
        Path target = folder.resolve(ReportPage.FILE);
        CyclicBarrier barrier = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String text = texts.get(w);
                all.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        barrier.await(30, TimeUnit.SECONDS);
                        OfflinePage.writeAtomically(target, text);
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(120, TimeUnit.SECONDS); // a collision throws NoSuchFileException here
            }
        } finally {
            pool.shutdownNow();
        }
        String written = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(texts.contains(written), "the report is a mix of writers");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(ReportPage.FILE), files.map(p -> p.getFileName().toString()).toList(), "temporary files left behind");
        }
    }
}
