package org.indivisible.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.cli.Main;

/**
 * The main class of {@code indivisible-spark-submit.jar}: the {@code indivisible} command with
 * {@code --engine spark} implied for {@code run}, {@code sensitivity} and {@code search}, and the master taken
 * from spark-submit ({@code --master yarn}, {@code k8s://...}, {@code spark://...}).
 *
 * <pre>spark-submit --master yarn --deploy-mode client indivisible-spark-submit.jar run study.yaml -n 100000</pre>
 */
public final class SubmitMain {

    private SubmitMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String[] args) {
        return Main.execute(withEngine(args), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The arguments with {@code --engine spark} added after {@code run}, {@code sensitivity} or {@code search} unless an engine is named. */
    static String[] withEngine(String[] args) {
        List<String> out = new ArrayList<>(List.of(args));
        boolean named = out.stream().anyMatch(a -> a.equals("--engine") || a.startsWith("--engine="));
        int command = -1;
        for (int i = 0; i < out.size(); i++) {
            if (List.of("run", "sensitivity", "sweep", "search").contains(out.get(i))) {
                command = i;
                break;
            }
        }
        if (!named && command >= 0) {
            out.add(command + 1, "--engine=" + SparkEngine.NAME);
        }
        return out.toArray(String[]::new);
    }
}
