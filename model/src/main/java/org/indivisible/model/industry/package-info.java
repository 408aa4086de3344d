/**
 * Defence industry and munitions (docs/model.md, process overview, step 6; issue 4): munition
 * types with compatibility families ({@link org.indivisible.model.industry.MunitionType}),
 * per-actor holdings with stock, capacity, investment with a ramp-up lag, production limited by
 * imported inputs (sanctions and export controls cut them, partners restore part), recurring
 * transfers bounded by the donor's reserve floor, consumption by theaters at war (rounds per day
 * per front, interceptors per incoming missile), days of supply over compatibility pools, and
 * lever P2 (common standards, co-production, technology sharing). Quantities are rounds, rounds
 * per year and rounds per day; money is US$. Every number comes from the configuration's
 * {@code munitions.*} parameters (docs/industry.md lists them with their sources). Production
 * with fixed input shares follows the Leontief fixed-coefficient logic (Miller and Blair,
 * Input-Output Analysis, ch. 2); the stock-flow accounting is a plain mass balance.
 */
package org.indivisible.model.industry;
