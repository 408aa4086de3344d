/**
 * NATO's policy levers (docs/model.md, entities (policy levers) and docs/decisions.md), each a treatment a user can pull. P1 prepares for
 * a reduced US presence; P2 (co-production with the IP4), P3 (spelling out economic costs to
 * China) and P4 (countering the narrative) join as the processes they act on arrive.
 */
package org.indivisible.model.policy;
