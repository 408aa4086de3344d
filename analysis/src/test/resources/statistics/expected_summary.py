# Computes the expected values of MetricAccumulatorTest with numpy (independent of the Java code).
# Run: python3 expected_summary.py
import numpy as np

values = np.array([3.1, -2.0, 7.5, 0.0, 12.0, 4.4, 4.4, 9.0, -5.5, 1.0])
print("mean", repr(float(values.mean())))
print("sd", repr(float(values.std(ddof=1))))
for p in (0.05, 0.5, 0.95):
    print("q", p, repr(float(np.quantile(values, p, method="linear"))))
