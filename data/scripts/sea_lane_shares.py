#!/usr/bin/env python3
"""Sea-lane exposure of each economy's goods trade from the WIOD 2011 table and a route rule.

Reads the shipped snapshot (wiod2011.csv.gz, wiod_sectors.csv); prints, for every WIOD region,
the share of its goods exports and imports (sector groups S01-S09, intermediate and final use,
2011 US$) whose route crosses the Taiwan Strait (TS) and the South China Sea (SCS) under the
rule of docs/economy.md section 4.3, and the exposure the model's per-actor rule implies.
Expected values of SeaLaneSharesTest (data module) come from this script.

Usage: python3 data/scripts/sea_lane_shares.py [snapshot dir]
"""
import csv, gzip, sys
import numpy as np

SNAP = sys.argv[1] if len(sys.argv) > 1 else "data/src/main/resources/org/indivisible/data/snapshot"

# Route rule (docs/economy.md 4.3). Zones of WIOD's regions.
EAST_ASIA_NORTH = {"JPN", "KOR"}            # north of the Taiwan Strait
PACIFIC = {"USA", "CAN", "MEX", "AUS"}      # reached from East Asia across the Pacific: no lane
ROW_WEST = 0.75   # assumption: share of RoW's trade with East Asia routed west or south (ASEAN, Gulf, Africa, South Asia)
CHN_SOUTH = 0.3   # assumption: share of China's trade with Japan and Korea through its ports south of the strait


def west(p):
    """Weight of partner p being reached from East Asia through the South China Sea."""
    if p == "RoW":
        return ROW_WEST
    if p in PACIFIC or p in EAST_ASIA_NORTH or p in ("CHN", "TWN"):
        return 0.0
    return 1.0  # Europe, Russia, Turkey, India, Indonesia, Brazil (Cape route to Malacca)


def crosses_ts(a, p):
    if a in EAST_ASIA_NORTH:
        return CHN_SOUTH if p == "CHN" else west(p)
    if p in EAST_ASIA_NORTH:
        return crosses_ts(p, a)
    return 0.0


def crosses_scs(a, p):
    if a in EAST_ASIA_NORTH or a in ("CHN", "TWN"):
        return west(p)
    if p in EAST_ASIA_NORTH or p in ("CHN", "TWN"):
        return west(a)
    return 0.0


def main():
    goods = set()
    with open(f"{SNAP}/wiod_sectors.csv") as f:
        for r in csv.DictReader(f):
            if r["agg11"] < "S10":
                goods.add(r["code"])
    with gzip.open(f"{SNAP}/wiod2011.csv.gz", "rt") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows, data = [], []
        for r in rd:
            rows.append(r[0])
            data.append([float(x) if x else 0.0 for x in r[1:len(header) - 2]])
    cols = header[1:len(header) - 2]
    m = np.array(data)
    region = lambda label: label.split("_")[0]
    regions = sorted({region(l) for l in rows})
    ri = {r: i for i, r in enumerate(regions)}
    # flow[from, to] of goods: goods rows, all use columns (intermediate and final) except gross output
    use = [j for j, c in enumerate(cols) if c != "GO"]
    flow = np.zeros((len(regions), len(regions)))
    for i, l in enumerate(rows):
        if l.split("_")[1] not in goods:
            continue
        for j in use:
            flow[ri[region(l)], ri[region(cols[j])]] += m[i, j]
    np.fill_diagonal(flow, 0)
    exports, imports = flow.sum(1), flow.sum(0)
    ts = np.array([[crosses_ts(a, p) for p in regions] for a in regions])
    scs = np.array([[crosses_scs(a, p) for p in regions] for a in regions])
    print("region,ts_export_pct,ts_import_pct,scs_export_pct,scs_import_pct,scs_trade_pct")
    for a in regions:
        i = ri[a]
        te = 100 * (flow[i] * ts[i]).sum() / exports[i]
        tm = 100 * (flow[:, i] * ts[:, i]).sum() / imports[i]
        se = 100 * (flow[i] * scs[i]).sum() / exports[i]
        sm = 100 * (flow[:, i] * scs[:, i]).sum() / imports[i]
        st = 100 * ((flow[i] * scs[i]).sum() + (flow[:, i] * scs[:, i]).sum()) / (exports[i] + imports[i])
        print(f"{a},{te:.1f},{tm:.1f},{se:.1f},{sm:.1f},{st:.1f}")
    # What the model's per-actor rule implies (ShockChannels.trade: a pair's exposure is the larger
    # of its two ends'), at the shipped central values, against the route rule above.
    scs_share = {"CHN": 38, "JPN": 42, "KOR": 41, "TWN": 34}
    ts_imp = {"CHN": 32, "JPN": 32, "KOR": 30}
    ts_exp = {"CHN": 15, "JPN": 25, "KOR": 23}
    print("region,model_ts_trade_pct,rule_ts_trade_pct,model_scs_trade_pct,rule_scs_trade_pct")
    for a in ["USA", "DEU", "FRA", "GBR", "ITA", "IND", "RUS", "AUS", "CAN", "CHN", "JPN", "KOR", "TWN"]:
        i = ri[a]
        tot = exports[i] + imports[i]
        m_ts = m_scs = r_ts = r_scs = 0.0
        for p in regions:
            j = ri[p]
            if j == i:
                continue
            m_ts += flow[i, j] * max(ts_exp.get(a, 0), ts_imp.get(p, 0)) / 100
            m_ts += flow[j, i] * max(ts_exp.get(p, 0), ts_imp.get(a, 0)) / 100
            m_scs += (flow[i, j] + flow[j, i]) * max(scs_share.get(a, 0), scs_share.get(p, 0)) / 100
            r_ts += (flow[i, j] + flow[j, i]) * ts[i, j]
            r_scs += (flow[i, j] + flow[j, i]) * scs[i, j]
        print(f"{a},{100 * m_ts / tot:.1f},{100 * r_ts / tot:.1f},{100 * m_scs / tot:.1f},{100 * r_scs / tot:.1f}")


if __name__ == "__main__":
    main()
