"""Runs scikit-learn's IsolationForest on the splits the TypeScript benchmark wrote.

Input: a JSON manifest (argv[1]) listing splits, each with float64 little-endian files for the
scaled train/test matrices and the test labels. Output: one JSON line per split on stdout.
"""
import json
import sys
import time

import numpy as np
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score


def main():
    manifest = json.load(open(sys.argv[1]))
    results = []
    for s in manifest["splits"]:
        d = s["cols"]
        train = np.fromfile(s["train"], dtype="<f8").reshape(-1, d)
        test = np.fromfile(s["test"], dtype="<f8").reshape(-1, d)
        y = np.fromfile(s["labels"], dtype="u1")
        t0 = time.perf_counter()
        model = IsolationForest(random_state=s["seed"]).fit(train)
        t1 = time.perf_counter()
        scores = -model.decision_function(test)
        t2 = time.perf_counter()
        results.append({"dataset": s["dataset"], "seed": s["seed"], "auc": roc_auc_score(y, scores),
                        "fit_ms": (t1 - t0) * 1e3, "score_ms": (t2 - t1) * 1e3})
    json.dump({"sklearn": __import__("sklearn").__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
