/**
 * Parameters with uncertainty: a central value, a distribution to draw from, a unit, a source
 * and a status saying how much the number can be trusted.
 */
package org.indivisible.model.parameter;
