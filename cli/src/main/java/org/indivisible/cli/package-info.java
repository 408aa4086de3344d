/**
 * The {@code indivisible} command. Each subcommand parses its arguments and calls the
 * analysis and data modules; no model logic lives here.
 */
package org.indivisible.cli;
