/**
 * The embedded data snapshot: compact CSV tables built from the research copies in
 * {@code shared/data} by {@link org.indivisible.data.snapshot.SnapshotBuilder}, shipped on the
 * classpath and read by {@link org.indivisible.data.snapshot.EmbeddedSnapshot}. Every row carries
 * a {@code source_id} (listed in {@code sources.csv}) and a status (observed, derived, estimate,
 * assumption); {@code manifest.json} records the source files with their SHA-256 and the
 * transform of each table. See {@code docs/data.md}.
 */
package org.indivisible.data.snapshot;
