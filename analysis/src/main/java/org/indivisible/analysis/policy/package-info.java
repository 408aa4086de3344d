/**
 * What a study says to a policy reader: each treatment's cost in constant prices and present value
 * against both baselines (no new policy, the allies' pledges), each lever's effect on war risk per
 * cost with its uncertainty, P(war) on a grid of base hazards, what the results rest on
 * (assumption shares, the parameters they are most sensitive to). docs/decisions.md sections 9-11.
 */
package org.indivisible.analysis.policy;
