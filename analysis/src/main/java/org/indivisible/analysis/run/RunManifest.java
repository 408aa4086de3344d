package org.indivisible.analysis.run;

import java.util.List;
import java.util.SortedMap;

/**
 * What a run was, so that anyone can repeat it: the inputs (study and scenario files with
 * their SHA-256), the data snapshot version, the code version, the seed and replications, and
 * the random-number scheme. Immutable; serialised as {@code manifest.json}.
 *
 * @param runId folder name under the output directory
 * @param createdUtc when the run finished (ISO-8601)
 * @param study the study's id
 * @param studyFile path of the file given to {@code run}
 * @param inputFiles every file the run read, path to SHA-256
 * @param dataSnapshot the snapshot's version
 * @param code the code version
 * @param seed master seed
 * @param replications replications per scenario and treatment
 * @param threads threads used (results do not depend on it)
 * @param check whether invariants were checked after every step
 * @param scenarios scenario ids, in study order
 * @param treatments treatment ids, in study order
 * @param random the generator and the seed derivation
 * @param reproduce the command that repeats this run
 * @param labels the study's, scenarios' and treatments' names and descriptions, for reports (null in
 *               manifests written before they were recorded)
 */
public record RunManifest(String runId, String createdUtc, String study, String studyFile,
                          SortedMap<String, String> inputFiles, String dataSnapshot, CodeVersion code,
                          long seed, int replications, int threads, boolean check, List<String> scenarios,
                          List<String> treatments, String random, String reproduce, Labels labels) {

    /** What a reader sees instead of ids: the study's name and description, each scenario's and treatment's. */
    public record Labels(String name, String description, List<Label> scenarios, List<Label> treatments) {

        public Labels {
            scenarios = List.copyOf(scenarios);
            treatments = List.copyOf(treatments);
        }
    }

    /** One scenario's or treatment's id, name (a treatment's is its id) and description. */
    public record Label(String id, String name, String description) {
    }

    /** A manifest with the same fields and another run id. */
    public RunManifest withRunId(String id) {
        return new RunManifest(id, createdUtc, study, studyFile, inputFiles, dataSnapshot, code, seed, replications, threads, check,
                scenarios, treatments, random, reproduce, labels);
    }

    public RunManifest {
        inputFiles = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(inputFiles));
        scenarios = List.copyOf(scenarios);
        treatments = List.copyOf(treatments);
    }
}
