/**
 * Decisions to start a war (docs/model.md, process overview, step 2): each potential aggressor-theater
 * pair (CHN in the Taiwan Strait, PRK in Korea, RUS on NATO's eastern flank, RUS resuming the
 * war in Ukraine after a ceasefire) has a weekly hazard of initiating conflict. The default
 * rule, {@link org.indivisible.model.decision.HazardDecisionRule}, is a proportional-hazards
 * form h = h0 exp(b . x) (Cox 1972; Box-Steffensmeier and Jones 2004, Event History Modeling),
 * with features from the deterrence and war-initiation literature (Huth 1988 on the local
 * balance; Leeds 2003 on alliances; Oneal and Russett 1997 on economic interdependence;
 * Siverson and Starr 1991 on the spread of war). Every coefficient is an uncertain parameter
 * ({@link org.indivisible.model.decision.DecisionParameters}); docs/decisions.md gives each
 * range its reasoning. Another rule plugs in through {@link org.indivisible.model.decision.DecisionRule}.
 */
package org.indivisible.model.decision;
