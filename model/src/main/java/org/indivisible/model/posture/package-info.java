/**
 * Forces and posture: force elements by type with cost-based combat-power weights, each
 * actor's order of battle by location (Europe, Indo-Pacific, US homeland), the US redeployment
 * to the Pacific when an Indo-Pacific war starts (shares and transit times as uncertain
 * parameters), the European allies' response, P1's operational planning, and the balance of
 * combat power per location (scaled by munitions sufficiency when the industry part supplies
 * it). The method and sources are in docs/forces-and-combat.md; the data in the snapshot's
 * {@code forces.csv}.
 */
package org.indivisible.model.posture;
