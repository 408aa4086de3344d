/**
 * Influence (docs/model.md, process overview, step 9): the share of each partner public (NATO, EU and IP4
 * members) that holds the adversary narrative, evolving by the Friedkin-Johnsen model of
 * opinion dynamics with stubborn attachment to initial opinions (Friedkin and Johnsen 1990,
 * Journal of Mathematical Sociology 15(3-4): 193-206; 1999, Advances in Group Processes 16),
 * driven by adversary messaging and lever P4's counter-messaging. The shares set partners'
 * willingness to join P3's sanctions coalition, which scales the expected cost a potential
 * aggressor reads from the announcement (docs/decisions.md section 8).
 */
package org.indivisible.model.influence;
