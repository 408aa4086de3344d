/**
 * Combat: how forces in a theater at war grind each other down. Aggregate attrition follows
 * Lanchester's laws (Lanchester 1916; the generalised exponent form of Helmbold 1965 and
 * Bracken 1995) behind one interface, {@link org.indivisible.model.combat.AttritionModel}, in
 * deterministic and stochastic variants; missile and naval exchanges follow the Hughes salvo
 * model (Hughes 1995, "A Salvo Model of Warships in Missile Combat Used to Evaluate Their
 * Staying Power", Naval Research Logistics 42), spending interceptors; a theater's campaign
 * ends as holds, falls or stalemate by the breakpoint rule of {@link
 * org.indivisible.model.combat.CampaignOutcome}. Validation: Engel (1954), "A Verification of
 * Lanchester's Law", JORSA 2(2), the battle of Iwo Jima. docs/forces-and-combat.md has the
 * methods, sources and limits.
 */
package org.indivisible.model.combat;
