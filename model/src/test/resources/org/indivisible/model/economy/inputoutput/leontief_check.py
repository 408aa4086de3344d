"""Independent check of LeontiefTest's expected values (numpy only; run: python3 leontief_check.py).

Miller and Blair (2009), Input-Output Analysis, 2nd ed., section 2.3: the two-sector example
Z = [[150, 500], [200, 100]], x = [1000, 2000]. Prints the values the Java test expects.
"""
import numpy as np

Z = np.array([[150.0, 500.0], [200.0, 100.0]])
x = np.array([1000.0, 2000.0])
f = x - Z.sum(axis=1)
A = Z / x
L = np.linalg.inv(np.eye(2) - A)
v = x - Z.sum(axis=0)
B = Z / x[:, None]
G = np.linalg.inv(np.eye(2) - B)
print("L", L.tolist())
print("output multipliers", L.sum(axis=0).tolist())
print("value-added multipliers", ((v / x) @ L).tolist())
print("x for f=[600,1500]", (L @ np.array([600.0, 1500.0])).tolist())
print("ghosh output", (v @ G).tolist())
print("ghosh multipliers", G.sum(axis=1).tolist())
# Hypothetical extraction of sector 1: remove its row and column of A and its final demand.
Abar = A.copy(); Abar[0, :] = 0; Abar[:, 0] = 0
fbar = f.copy(); fbar[0] = 0
xbar = np.linalg.solve(np.eye(2) - Abar, fbar)
print("extraction loss of sector 2 when 1 is extracted", x[1] - xbar[1])
