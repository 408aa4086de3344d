/**
 * The war in Korea beyond the aggregate attrition (docs/forces-and-combat.md section 9): North
 * Korea's long-range artillery on Seoul and its ballistic missiles against South Korean and US
 * forces, with the missiles' number (the munitions part's stock, whose capacity grows with
 * Russian help) and quality (their reliability, which Russian help raises) as a capability that
 * enters the campaign, the interceptor demand on the defenders, South Korea's direct economic
 * damage, and North Korea's decision to attack ({@link org.indivisible.model.korea.MissileQuality}).
 */
package org.indivisible.model.korea;
