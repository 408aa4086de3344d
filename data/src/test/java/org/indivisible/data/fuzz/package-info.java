/**
 * Fuzzing of everything that reads user-supplied input: scenario and study YAML (through
 * {@code ScenarioFiles.loadStudy} and {@code ScenarioCompiler}) and CSV data tables (through
 * {@code CsvTable} and the typed loaders). Generators are seeded and indexed, so any failing
 * input is reproduced from (seed, index). Method and numbers: docs/reliability.md.
 */
package org.indivisible.data.fuzz;
