"""Independent reference values for BinaryIntervalsTest, McNemarTest and PowerTest.

Run: python3 binary_reference.py  (needs scipy). The tests hold the numbers this prints; it
computes them with scipy's own routines, not with the Java code under test.
"""
import math
from scipy import stats, optimize

# Newcombe (1998), Statistics in Medicine 17:857-872, Table II examples: 81/263, 15/148, 0/20, 1/29.
for k, n in [(81, 263), (15, 148), (0, 20), (1, 29)]:
    w = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    cp = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="exact")
    print(f"{k}/{n}: wilson [{w.low:.10f}, {w.high:.10f}]  clopper-pearson [{cp.low:.10f}, {cp.high:.10f}]")

# Exact McNemar = two-sided exact binomial test of b of b + c at 1/2.
for b, c in [(1, 7), (0, 12), (3, 3), (10, 25)]:
    print(f"mcnemar b={b} c={c}: p = {stats.binomtest(b, b + c, 0.5).pvalue:.10f}")
    if b + c > 0:
        t = stats.binomtest(b, b + c).proportion_ci(confidence_level=0.95, method="exact")
        lo, hi = t.low, t.high
        print(f"   odds ratio interval [{lo / (1 - lo):.10f}, {hi / (1 - hi) if hi < 1 else math.inf:.10f}]")

# Zero discordant pairs of n = 100: the exact 97.5% upper bound of the discordance rate.
for n in [100, 200]:
    u = stats.binomtest(0, n).proportion_ci(confidence_level=0.975, method="exact").high
    print(f"no discordant pair in {n}: difference within +-{u:.10f}")

# The exact power of the paired t test (noncentral t): the effect with 80% power at alpha 0.05,
# for sd 1 and n pairs; PowerTest checks the approximation against it.
for n in [20, 100, 1000]:
    df = n - 1
    tc = stats.t.ppf(0.975, df)
    def power(delta):
        nc = delta * math.sqrt(n)
        return stats.nct.sf(tc, df, nc) + (stats.nct.cdf(-tc, df, nc) if nc < 30 else 0.0)
    delta = optimize.brentq(lambda d: power(d) - 0.8, 1e-6, 4 / math.sqrt(n))
    print(f"paired t, n={n}: exact MDE {delta:.10f} sd;  approximation {(tc + stats.t.ppf(0.8, df)) / math.sqrt(n):.10f}")
