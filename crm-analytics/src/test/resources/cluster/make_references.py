#!/usr/bin/python3
"""Reference numbers for the K-means and cluster-quality tests of crm4j (org.crm4j.analytics.cluster).

Run from crm-analytics/:  /usr/bin/python3 src/test/resources/cluster/make_references.py
Needs scikit-learn 1.2.1 and numpy 1.24.2 (Debian python3-sklearn). Writes src/test/resources/cluster/references.csv.

It reads the very CSV files the Java tests read (src/test/resources/datasets, same parser rules), so both sides
see bit-identical doubles.

Rows (one per quantity), columns: dataset,k,quantity,value
  inertia_seed0  KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=0).fit(X).inertia_
  inertia_best   min of the same over random_state = 0..4 (five runs of n_init=10)
  silhouette_true / davies_bouldin_true / calinski_harabasz_true
                 sklearn.metrics.{silhouette_score, davies_bouldin_score, calinski_harabasz_score}(X, y)
                 with y the true classes (k = class count)
  silhouette_mod / davies_bouldin_mod / calinski_harabasz_mod
                 the same with the synthetic labelling y[i] = i mod k, k = 8 (exercises 8 mixed clusters)
  minibatch_median
                 median over random_state = 0..9 of MiniBatchKMeans(n_clusters=k, batch_size=256, n_init=3)
                 .fit(X).inertia_ (digits only, k = 10)
  silhouette_true_cdist
                 silhouette from scipy's direct-difference distances (not used by the tests: shows how far
                 sklearn's dot-product distances are from a direct computation)
"""
import os
import platform

import numpy as np
import scipy
import sklearn
from scipy.spatial.distance import cdist
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), encoding="utf-8") as f:
        header = f.readline().strip().split(",")
        rows, features = int(header[0]), int(header[1])
        x = np.empty((rows, features))
        y = np.empty(rows, dtype=int)
        for i in range(rows):
            cells = f.readline().strip().split(",")
            x[i] = [float(c) for c in cells[:features]]
            y[i] = int(cells[features])
    return x, y, len(header) - 2


def silhouette_cdist(x, labels):
    d = cdist(x, x)
    ks = np.unique(labels)
    s = np.zeros(len(x))
    for i in range(len(x)):
        own = labels == labels[i]
        size = own.sum()
        if size == 1:
            continue
        a = d[i, own].sum() / (size - 1)
        b = min(d[i, labels == c].mean() for c in ks if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s.mean()


def main():
    out = []
    for name in ["iris", "wine", "breast_cancer", "digits"]:
        x, y, classes = load(name)
        for k in sorted({classes, 8}):
            inertias = [KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=seed).fit(x).inertia_
                        for seed in range(5)]
            out.append((name, k, "inertia_seed0", inertias[0]))
            out.append((name, k, "inertia_best", min(inertias)))
        if name == "digits":
            mini = [MiniBatchKMeans(n_clusters=classes, batch_size=256, n_init=3, random_state=seed).fit(x).inertia_
                    for seed in range(10)]
            out.append((name, classes, "minibatch_median", float(np.median(mini))))
        out.append((name, classes, "silhouette_true", silhouette_score(x, y)))
        out.append((name, classes, "silhouette_true_cdist", silhouette_cdist(x, y)))
        out.append((name, classes, "davies_bouldin_true", davies_bouldin_score(x, y)))
        out.append((name, classes, "calinski_harabasz_true", calinski_harabasz_score(x, y)))
        mod = np.arange(len(x)) % 8
        out.append((name, 8, "silhouette_mod", silhouette_score(x, mod)))
        out.append((name, 8, "davies_bouldin_mod", davies_bouldin_score(x, mod)))
        out.append((name, 8, "calinski_harabasz_mod", calinski_harabasz_score(x, mod)))
    with open(os.path.join(HERE, "references.csv"), "w", encoding="utf-8") as f:
        f.write("# Produced by make_references.py with scikit-learn %s, numpy %s, scipy %s, Python %s\n"
                % (sklearn.__version__, np.__version__, scipy.__version__, platform.python_version()))
        f.write("dataset,k,quantity,value\n")
        for name, k, quantity, value in out:
            f.write("%s,%d,%s,%s\n" % (name, k, quantity, repr(float(value))))


if __name__ == "__main__":
    main()
