"""Expected values of WiodTableTest.investmentShareIsWiodsGfcf: the GFCF share of each region's
final demand in the snapshot's WIOD 2011 table, computed from the raw CSV independently of the
Java loader. Run from the repository root: python3 data/src/test/scripts/investment_share.py"""
import csv
import gzip

with gzip.open("data/src/main/resources/org/indivisible/data/snapshot/wiod2011.csv.gz", "rt") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)
col = {c: i for i, c in enumerate(header)}
for region in ["CHN", "USA", "JPN", "KOR", "TWN", "DEU"]:
    cats = [col[region + "_" + k] for k in ["CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN"]]
    total = sum(float(r[c]) for r in rows for c in cats)
    gfcf = sum(float(r[col[region + "_GFCF"]]) for r in rows)
    print(region, round(gfcf / total, 3))
