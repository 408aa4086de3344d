/**
 * The economy. For now the no-conflict baseline of nominal GDP per actor (IMF WEO paths,
 * extended by an uncertain trend); the dynamic multi-region input-output model (Leontief,
 * Ghosh, ARIO) arrives in {@code economy.inputoutput}.
 */
package org.indivisible.model.economy;
