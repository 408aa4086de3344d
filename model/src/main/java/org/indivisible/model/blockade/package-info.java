/**
 * The blockade of Taiwan as operations (docs/forces-and-combat.md section 8): PLA surface
 * combatants enforcing against the shipping that runs the blockade, Taiwan's energy and food
 * stocks drawn down by what does not arrive, and the blockade's end by escalation to war, a
 * negotiated end or capitulation, each a weekly hazard. The economy reads the share of normal
 * shipping that arrives ({@link org.indivisible.model.blockade.Blockade#shippingShare}) and the
 * output Taiwan loses when its energy runs out, not a fixed trade cut.
 */
package org.indivisible.model.blockade;
