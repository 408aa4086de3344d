"""The Leontief solve x = (I - A)^-1 f on the full WIOD 2011 table (1,435 sectors) in numpy,
the side-by-side of LeontiefBenchmark. Prints the BLAS numpy runs on and the median time of
numpy.linalg.solve (LAPACK dgesv: one LU and one solve, as the Java benchmark).

Run from the repository root:
    OPENBLAS_NUM_THREADS=1 python3 bench/scripts/leontief_numpy.py
    python3 bench/scripts/leontief_numpy.py
"""
import csv
import gzip
import os
import time

import numpy as np

PATH = "data/src/main/resources/org/indivisible/data/snapshot/wiod2011.csv.gz"


def load():
    with gzip.open(PATH, "rt") as f:
        reader = csv.reader(f)
        header = next(reader)
        go = header.index("GO")
        rows = [[float(v) for v in line[1:go + 1]] for line in reader]
    m = np.array(rows)
    n = m.shape[0]
    z, x = m[:, :n], m[:, go - 1]
    a = np.divide(z, x, out=np.zeros_like(z), where=x > 0)
    return np.eye(n) - a, x - z.sum(axis=1), x


def main():
    config = np.show_config(mode="dicts") if "mode" in np.show_config.__code__.co_varnames else None
    if config:
        blas = config["Build Dependencies"]["blas"]
        print("numpy", np.__version__, "BLAS:", blas.get("name"), blas.get("version"))
    print("OPENBLAS_NUM_THREADS =", os.environ.get("OPENBLAS_NUM_THREADS", "(unset)"))
    m, f, x = load()
    assert np.allclose(np.linalg.solve(m, f), x, rtol=1e-6, atol=1e-3)
    for _ in range(5):
        np.linalg.solve(m, f)
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        np.linalg.solve(m, f)
        times.append(time.perf_counter() - t0)
    print("n = %d, numpy.linalg.solve median %.2f ms (min %.2f)" % (m.shape[0], 1000 * np.median(times),
                                                                    1000 * min(times)))


if __name__ == "__main__":
    main()
