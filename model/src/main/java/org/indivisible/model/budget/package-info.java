/**
 * Defence budgets: each actor's spending path in percent of GDP (SIPRI's latest observed
 * share held constant unless a scenario or policy sets another), times its GDP.
 */
package org.indivisible.model.budget;
