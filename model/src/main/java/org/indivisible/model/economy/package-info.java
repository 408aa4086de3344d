/**
 * The economy (docs/model.md, process overview, step 8): the no-conflict baseline of nominal GDP per actor (IMF WEO
 * paths, extended by an uncertain trend, {@link org.indivisible.model.economy.GdpBaseline}),
 * and the input-output economy that carries conflict shocks to every actor's GDP
 * ({@link org.indivisible.model.economy.InputOutputEconomy}, with its metrics observer and
 * balance invariant). The table comes from an {@link org.indivisible.model.economy.EconomyTableSource}
 * (the data module's WIOD source); the methods are in {@code economy.inputoutput} and the
 * shocks in {@code economy.shock}. See docs/economy.md.
 */
package org.indivisible.model.economy;
