#!/usr/bin/env python3
"""Russia's Soviet-calibre artillery supply in 2023 and 2024, worked out in continuous time from the
cited statements, independently of the Java model (docs/industry.md, "Consistency check").

Writes russia_artillery_2023_2024.csv beside this script: per case and calendar window, rounds
produced, received from North Korea and from Iran, fired, and the change of stock. The Java test
RussianArtillerySupplyCheckTest runs the model on the same inputs and compares.

Windows follow the model's weekly calendar from Monday 2023-01-02: '2023' = days [0, 364)
(2023-01-02 .. 2023-12-31), '2024' = days [364, 735) (2024-01-01 .. 2025-01-05).
Run: python3 russia_artillery_2023_2024.py
"""
import csv
import math
import os

DAYS_PER_YEAR = 365.2425

# Statements (snapshot ids). Production of new and refurbished shells: A16 0.4 M a year (2022),
# 2024: S5 250,000 a month = 3.0 M a year (2024-03), A15 4.5 M a year. Each is read as the rate at
# mid-year (2022-07-01, 2024-07-01), growing exponentially between them.
PRODUCTION_2022 = 400_000           # A16
PRODUCTION_2024_LOW = 250_000 * 12  # S5
PRODUCTION_2024_HIGH = 4_500_000    # A15
# North Korea: more than 3 M 152 mm rounds Sep 2023 - Feb 2024 (A18, 6,700 containers); possibly
# more than 6 M since the flow began, by 2024-08-27 (A20, 13,000 containers). Flow starts 2023-08-01
# (A17: over 1 M in Aug-Oct 2023). Rate = count / time from 2023-08-01 to 2024-08-27 (1.07 years).
PRK_START = "2023-08-01"
PRK_LOW = 3_000_000     # A18 (a floor: 'more than'), over the same span as A20
PRK_HIGH = 6_000_000    # A20
# Iran: at least 300,000 shells in 2023 (S10): read as 300,000 a year through 2023 and 2024.
IRN_PER_YEAR = 300_000  # S10
# Fire: S7 10,000 a day (2024-03), A9 20,000 (Aug-Sep 2023), A11 30,000 (Oct-Dec 2023),
# A12 44,500 (Aug 2024); central = median 25,000.
FIRE_LOW, FIRE_CENTRAL, FIRE_HIGH = 10_000, 25_000, 44_500

DAY0 = (2023, 1, 2)


def day_of(date_text):
    import datetime
    d = datetime.date.fromisoformat(date_text)
    return (d - datetime.date(*DAY0)).days


def production(c0_per_year, growth_per_year, a, b):
    """Rounds made in days [a, b) at c0 * g^(t / year) rounds per year (t in days from day 0)."""
    k = math.log(growth_per_year) / DAYS_PER_YEAR   # per day
    rate0 = c0_per_year / DAYS_PER_YEAR             # rounds per day at day 0
    return rate0 * (math.exp(k * b) - math.exp(k * a)) / k


def case(name, production_2024, prk_total, fire_per_day):
    # Exponential path through the 2022 and 2024 mid-year rates (two years apart).
    growth = (production_2024 / PRODUCTION_2022) ** 0.5
    mid_2022 = day_of("2022-07-01")
    c0 = PRODUCTION_2022 * growth ** (-mid_2022 / DAYS_PER_YEAR)  # rate at day 0
    prk_start = day_of(PRK_START)
    prk_rate = prk_total / ((day_of("2024-08-27") - prk_start) / DAYS_PER_YEAR)
    rows = []
    for year, (a, b) in (("2023", (0, 364)), ("2024", (364, 735))):
        made = production(c0, growth, a, b)
        prk = prk_rate / DAYS_PER_YEAR * max(0, b - max(a, prk_start))
        irn = IRN_PER_YEAR / DAYS_PER_YEAR * (b - a)
        fired = fire_per_day * (b - a)
        rows.append([name, year, round(c0), round((growth - 1) * 100, 6), round(prk_rate), round(made), round(prk),
                     round(irn), round(fired), round(made + prk + irn - fired)])
    return rows


def main():
    rows = []
    rows += case("high supply, low fire", PRODUCTION_2024_HIGH, PRK_HIGH, FIRE_LOW)
    rows += case("central", (PRODUCTION_2024_LOW + PRODUCTION_2024_HIGH) / 2, (PRK_LOW + PRK_HIGH) / 2, FIRE_CENTRAL)
    rows += case("low supply, high fire", PRODUCTION_2024_LOW, PRK_LOW, FIRE_HIGH)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "russia_artillery_2023_2024.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "year", "capacity_day0_rounds_per_year", "capacity_growth_pct_per_year",
                    "prk_rounds_per_year", "produced", "received_prk", "received_irn", "fired", "stock_change"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
