/**
 * Campaigns: a theater's war fought in phases instead of one aggregate attrition law. The
 * Taiwan invasion ({@link org.indivisible.model.combat.campaign.TaiwanCampaign}) runs in turns
 * of 3.5 days (the CSIS wargame's turn, cited_force_figures F299): the air and missile fight,
 * the sea crossing under sea denial (anti-ship missiles against escorts' interceptors,
 * {@link org.indivisible.model.combat.campaign.MissileDefence}; US attack submarines), the
 * landings that the surviving lift allows, and the fight ashore with resupply across the strait.
 * Precision munitions are magazines ({@link org.indivisible.model.combat.campaign.Magazine})
 * that the exchange spends, so the fight changes when one runs dry.
 * {@link org.indivisible.model.combat.campaign.CampaignProcess} runs it in the engine,
 * {@link org.indivisible.model.combat.campaign.CampaignState} is what the economy reads of it.
 * docs/forces-and-combat.md section 6 has the method, sources and limits.
 */
package org.indivisible.model.combat.campaign;
