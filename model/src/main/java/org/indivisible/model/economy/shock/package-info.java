/**
 * The economic shock channels (docs/model.md, process overview.7): direct war damage and mobilisation,
 * closure of sea lanes, loss of Taiwan's and South Korea's electronics output, sanctions and
 * export controls, and a confidence shock to final demand. Each channel turns theater states
 * into {@link org.indivisible.model.economy.inputoutput.Shocks} factors with its own uncertain
 * parameters ({@link EconomyParameters}); docs/economy.md lists them with sources.
 */
package org.indivisible.model.economy.shock;
