/**
 * The economy's data: the WIOD 2011 world input-output table from the snapshot (Timmer et al.
 * 2015), aggregated to the 11 sector groups (or kept at 35 industries), mapped to the model's
 * actors and brought to the scenario's base year by GDP scaling and RAS (Miller and Blair 2009,
 * section 7.4). See docs/economy.md.
 */
package org.indivisible.data.economy;
