#!/usr/bin/env python3
"""Independent computation of Engel's (1954) Iwo Jima square-law model, for IwoJimaTest.

Engel, J. H. (1954). A Verification of Lanchester's Law. JORSA 2(2): 163-171.
  dx/dt = -a y + P(t)   (x: US troops, y: Japanese troops)
  dy/dt = -b x
  a = 0.0544 (Japanese effectiveness), b = 0.0106 (US effectiveness), y(0) = 21,500,
  landings P: 54,000 on day 1 (t = 0), 6,000 on day 3 (t = 2), 13,000 on day 6 (t = 5).
Integrated here with plain forward Euler at dt = 1e-5 day (numpy only), a method independent
of the Java code (which uses the closed-form cosh/sinh solution between landings).
Run: python3 iwo_jima.py  -> prints the numbers IwoJimaTest expects.
"""
import numpy as np

a, b = 0.0544, 0.0106
landings = {0: 54000.0, 2: 6000.0, 5: 13000.0}
dt = 1e-5
per_day = int(round(1 / dt))
x, y = 0.0, 21500.0
t_zero = None
report = {}
for day in range(40):
    x += landings.get(day, 0.0)
    for i in range(per_day):
        if y <= 0:
            break
        x, y = x - a * y * dt, y - b * x * dt
        if y <= 0:
            y = 0.0
            t_zero = day + (i + 1) * dt
    report[day + 1] = (x, y)
print("defenders reach zero at t = %.3f days (during day %d)" % (t_zero, int(np.floor(t_zero)) + 1))
print("US strength at the end: %.1f" % report[40][0])
for d in (10, 20, 30):
    print("end of day %d: US %.1f, Japanese %.1f" % (d, report[d][0], report[d][1]))
