package org.indivisible.data.snapshot;

import java.util.List;

/**
 * The sources of the blockade's and the Korea campaign's parameters (model packages
 * {@code blockade} and {@code korea}; docs/forces-and-combat.md sections 8 and 9). Each was read
 * in the pages corpus at the address in its note; the locator of each figure is in the
 * parameter's note. Quotes are not shipped.
 */
final class BlockadeKoreaSources {

    private BlockadeKoreaSources() {
    }

    private static final String NEWS = "news page copyright; short quote only (fair use)";

    private static Source news(String id, String title, String publisher, String date, String url, String note) {
        return new Source(id, title, publisher, publisher + " (" + date + "). " + title + ". " + url, NEWS, "", "", "",
                "Read in the pages corpus: " + url + ". " + note + " Status per figure in the parameter's note; check "
                        + "against the original before release.");
    }

    static List<Source> sources() {
        return List.of(
                news("taipeitimes-2022-twn-energy-reserves", "Energy supplies sufficient, ministry says", "Taipei Times",
                        "2022-08-04", "https://www.taipeitimes.com/News/biz/archives/2022/08/04/2003782917",
                        "Ministry of Economic Affairs statement: crude oil reserves of 146 days of consumption, natural "
                                + "gas 10 to 11 days, coal 39 days."),
                news("reuters-2022-twn-energy-inventories",
                        "Taiwan to boost energy inventories as China threat grows (Reuters interview with deputy minister Tseng Wen-sheng)",
                        "Reuters via bdnews24", "2022-10-24", "https://bdnews24.com/world/asia-pacific/gc8dt9hkyc",
                        "Taiwan imports 98% of its energy; natural gas inventories 11 days, to rise to more than 20 days "
                                + "by 2030 (also https://juippi.com/2022/10/24/taiwan-to-expand-energy-inventory-for-emergency-natural-gas-coal-emergency-in-taiwan/: "
                                + "crude oil inventories held at 100 days or more)."),
                news("spglobal-2024-twn-lng", "Taiwan vulnerable to LNG supply risks in the event of a maritime blockade",
                        "S&P Global Commodity Insights", "2024-05-30",
                        "https://spglobal.com/commodity-insights/en/news-research/latest-news/lng/053024-taiwan-vulnerable-to-lng-supply-risks-in-the-event-of-a-maritime-blockade",
                        "Highlights and body: gas inventory covers 10 to 11 days; 24.7 Bcm of LNG consumed in 2023, 99% "
                                + "of gas needs imported; 2023 generation: gas 39.6%, coal 42.2%, renewables 9.5%, nuclear "
                                + "6.3%, oil 1.3%, hydro 1.1% (Energy Administration, MOEA)."),
                news("cna-2024-twn-food-self-sufficiency", "Taiwan's food self-sufficiency rate drops to 30.3%",
                        "Focus Taiwan (CNA)", "2024-10-15", "https://focustaiwan.tw/society/202410150019",
                        "Ministry of Agriculture, Food Supply & Utilization Annual Report: 30.3% of calories produced "
                                + "domestically in 2023 (30.8% in 2022, 33.0% in 2013)."),
                news("reuters-2024-twn-wartime-food",
                        "Preparing for Chinese blockade, Taiwan reveals wartime food plans, enough rice for months",
                        "Reuters via AsiaOne; Taiwan News", "2024-10-22",
                        "https://www.asiaone.com/asia/preparing-chinese-blockade-taiwan-reveals-wartime-food-plans-enough-rice-months",
                        "Ministry of Agriculture report to the Legislative Yuan: rice stocks above the three-month legal "
                                + "level, enough for at least seven months; vegetables, poultry and meat about a year "
                                + "(https://www.taiwannews.com.tw/news/5956700)."),
                news("rand-2020-nk-artillery", "North Korean Conventional Artillery: A Means to Retaliate, Coerce, Deter, or Terrorize Populations (RAND, as reported)",
                        "Yonhap; RAND Congressional newsletter", "2020-08-08", "https://en.yna.co.kr/view/AEN20200808000300325",
                        "Nearly 6,000 artillery systems within range of South Korean population centres; a one-hour strike "
                                + "by 5,700 long- and medium-range pieces along the DMZ: up to 205,600 casualties "
                                + "(https://www.rand.org/congress/newsletters/national_security/2020/09.html)."),
                news("reuters-2024-kn23-failures", "Half of North Korean missiles used by Russia fail mid-flight, Ukraine says",
                        "The New Voice of Ukraine (Reuters report)", "2024-05-07",
                        "https://au.news.yahoo.com/half-north-korean-missiles-used-234300388.html",
                        "Ukraine's Prosecutor General to Reuters: about half of the ~50 North Korean ballistic missiles fired "
                                + "from December 2023 to February 2024 lost their programmed trajectories and exploded in the air."),
                news("twz-2025-budanov-kn23", "Russia has significantly improved North Korean KN-23 missiles, Ukraine says",
                        "Tunisia Times (The War Zone interview with Kyrylo Budanov)", "2025-06-09",
                        "https://tunisiatimes.tn/monde/une-cathedrale-a-kiev-endommagee-par-des-attaques-russes-une-importante-installation-electrique-touchee-dans-loblast-de-kherson/91296",
                        "Ukraine's military intelligence chief: the KN-23s at first deviated by kilometres, now reach their "
                                + "targets, 'the result of joint work of Russian and North Korean specialists'. Also: North "
                                + "Korea's Hamhung missile plant expanding (James Martin CNS via Reuters, 2024-11-25, "
                                + "https://ord-02.com/en/news/kndr-rozpochala-rozshirennya-zavodu-z-vi-1)."),
                new Source("assumption-blockade", "The blockade of Taiwan as operations: enforcement, shipping and end hazards, assumed",
                        "indivisible", "indivisible project assumption (docs/forces-and-combat.md section 8)",
                        "CC0 (our own assumption)", "", "", "", "Shipping that runs the blockade, the PLA's enforcement, "
                                + "output lost per electricity lost, and the escalation, negotiation and capitulation hazards; "
                                + "each parameter's note gives the reasoning. Not tuned to any published blockade study."),
                new Source("assumption-korea", "North Korea's strikes on the South: firing, interception and damage, assumed",
                        "indivisible", "indivisible project assumption (docs/forces-and-combat.md section 9)",
                        "CC0 (our own assumption)", "", "", "", "Sheltered casualty rate, firing hours, counter-battery "
                                + "losses, interception probability, the damage per missile hit and the reliability "
                                + "ceiling; each parameter's note gives the reasoning. Not tuned to any war-cost estimate."));
    }
}
