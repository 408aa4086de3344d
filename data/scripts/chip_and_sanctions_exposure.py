#!/usr/bin/env python3
"""Chip dependence on Taiwan and China's trade with the sanctions coalition, from WIOD 2011.

Reads the shipped snapshot (wiod2011.csv.gz, wiod_sectors.csv) and prints
1. Taiwan's share of world output of WIOD c14 (electrical and optical equipment, the chip proxy)
   and, for key regions, the share of their c14 inputs (all industries; and into their own c14)
   bought from Taiwan's c14;
2. China's goods and services trade with the coalition (WIOD regions that are members of NATO,
   the EU27 or the IP4 in the model) by sector group, exports and imports, and the share of it in
   the groups the sanctions channel covers by default (S04-S09).
docs/economy.md section 4.3 quotes the output.

Usage: python3 data/scripts/chip_and_sanctions_exposure.py [snapshot dir]
"""
import csv, gzip, sys
import numpy as np

SNAP = sys.argv[1] if len(sys.argv) > 1 else "data/src/main/resources/org/indivisible/data/snapshot"
COALITION = set("AUS BEL BGR CAN CZE DEU DNK ESP EST FIN FRA GBR GRC HUN ITA JPN KOR LTU LUX LVA NLD POL "
                "PRT ROM SVK SVN SWE TUR USA".split())
COVERED = {"S04_FUEL", "S05_CHEM", "S06_METAL", "S07_MACH", "S08_ELEC", "S09_TREQ"}
KEY = ["USA", "CHN", "JPN", "KOR", "DEU", "RoW"]

group = {}
with open(f"{SNAP}/wiod_sectors.csv") as f:
    for r in csv.DictReader(f):
        group[r["code"]] = r["agg11"]
with gzip.open(f"{SNAP}/wiod2011.csv.gz", "rt") as f:
    rd = csv.reader(f)
    header = next(rd)
    cols = header[1:len(header) - 2]
    rows, data = [], []
    for r in rd:
        rows.append(r[0])
        data.append([float(x) if x else 0.0 for x in r[1:len(header) - 2]])
m = np.array(data)
go = m[:, cols.index("GO")]
reg = np.array([l.split("_")[0] for l in rows])
ind = np.array([l.split("_")[1] for l in rows])
creg = np.array([c.split("_")[0] for c in cols])
cind = np.array([c.split("_", 1)[1] if "_" in c else c for c in cols])
inter = np.array([c.split("_", 1)[-1].startswith("c") for c in cols]) & (cind != "GO")

c14 = ind == "c14"
print(f"TWN share of world c14 output: {100 * go[c14 & (reg == 'TWN')].sum() / go[c14].sum():.1f}%")
print("region,share of c14 inputs (all industries) from TWN pct,share of own c14 industry's c14 inputs from TWN pct")
for r in KEY:
    colsr = inter & (creg == r)
    all_in = m[np.ix_(c14, colsr)].sum()
    from_twn = m[np.ix_(c14 & (reg == "TWN"), colsr)].sum()
    own = inter & (creg == r) & (cind == "c14")
    print(f"{r},{100 * from_twn / all_in:.1f},{100 * m[np.ix_(c14 & (reg == 'TWN'), own)].sum() / m[np.ix_(c14, own)].sum():.1f}")

use = cind != "GO"
print("group,CHN exports to coalition (US$ bn 2011),CHN imports from coalition (US$ bn 2011)")
tot_e = tot_i = cov_e = cov_i = 0.0
for g in sorted(set(group.values())):
    rows_g = np.array([group[i] == g for i in ind])
    e = m[np.ix_(rows_g & (reg == "CHN"), use & np.isin(creg, list(COALITION)))].sum() / 1000
    i = m[np.ix_(rows_g & np.isin(reg, list(COALITION)), use & (creg == "CHN"))].sum() / 1000
    print(f"{g},{e:.0f},{i:.0f}")
    tot_e += e; tot_i += i
    if g in COVERED:
        cov_e += e; cov_i += i
print(f"covered share of CHN exports to coalition: {100 * cov_e / tot_e:.1f}%, of imports: {100 * cov_i / tot_i:.1f}%")
all_e = m[np.ix_(reg == "CHN", use & (creg != "CHN"))].sum() / 1000
all_i = m[np.ix_(reg != "CHN", use & (creg == "CHN"))].sum() / 1000
print(f"coalition share of CHN exports: {100 * tot_e / all_e:.1f}%, of imports: {100 * tot_i / all_i:.1f}%")
