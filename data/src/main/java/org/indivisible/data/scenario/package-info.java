/**
 * The scenario file format: YAML scenario and study files, read defensively, merged
 * ({@code extends} chains, treatment overrides), checked against the format and the data
 * snapshot with every problem located at file:line:column, bound to immutable records
 * ({@link org.indivisible.data.scenario.Scenario}, {@link org.indivisible.data.scenario.Study})
 * and compiled into the engine's {@link org.indivisible.model.config.Configuration}.
 * Entry points: {@link org.indivisible.data.scenario.ScenarioFiles} and
 * {@link org.indivisible.data.scenario.ScenarioCompiler}. The format is documented in
 * {@code scenarios/reference.yaml} and {@code docs/scenario-format.md}; its JSON Schemas are in
 * {@code scenarios/}.
 */
package org.indivisible.data.scenario;
