/**
 * Multi-region input-output economics: the table ({@link IoTable}), the static Leontief
 * (demand-driven) and Ghosh (supply-driven) quantity models with multipliers and hypothetical
 * extraction ({@link Leontief}), following Miller and Blair, Input-Output Analysis, 2nd ed.
 * (2009), chapters 2, 3, 12; and the weekly supply-constrained dynamic model in the spirit of
 * ARIO (Hallegatte 2008, Risk Analysis 28(3)) in {@link DynamicEconomy}. Dense linear algebra
 * sits behind {@link LinearSolver} so that a native BLAS can be plugged in outside the model.
 */
package org.indivisible.model.economy.inputoutput;
