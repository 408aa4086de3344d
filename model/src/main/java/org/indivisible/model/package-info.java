/**
 * The model: what indivisible simulates, with no knowledge of files, YAML, HTTP or threads.
 *
 * <p>A {@link org.indivisible.model.config.Configuration} (immutable) and a seed go in; an
 * {@link org.indivisible.model.engine.Outcome} (metrics of one replication) comes out. The
 * engine is a pure function of the two. See {@code docs/model.md} for the ODD description.
 */
package org.indivisible.model;
