#!/usr/bin/python3
"""Reference DBSCAN clusterings for org.crm4j.analytics.cluster.Dbscan, computed with scikit-learn.

Run from this directory with the system interpreter (scikit-learn 1.2.1, numpy 1.24.2):
    /usr/bin/python3 make_dbscan_references.py
It reads the committed data sets (../datasets/*.csv), standardises each with StandardScaler (population standard
deviation, as org.crm4j.analytics.cluster.Standardizer) and writes dbscan_references.csv: for every data set and
(eps, min_samples) one line per row with scikit-learn's label (-1 = noise) and whether the row is a core sample.
DBSCAN(eps, min_samples, metric='euclidean', algorithm='auto'); min_samples counts the point itself.
"""
import csv

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN
from sklearn.preprocessing import StandardScaler

PROVENANCE = "# produced by make_dbscan_references.py with scikit-learn %s, numpy %s" % (
    sklearn.__version__, np.__version__)
CONFIGS = {
    "iris": [(0.5, 5), (0.8, 4), (1.0, 10)],
    "wine": [(2.0, 5), (2.5, 10), (3.0, 4)],
    "breast_cancer": [(2.0, 4), (2.5, 5), (4.0, 10)],
}


def load(name):
    with open("../datasets/%s.csv" % name) as f:
        rows = list(csv.reader(f))
    data = np.array(rows[1:], dtype=np.float64)
    return data[:, :-1]


with open("dbscan_references.csv", "w") as out:
    out.write(PROVENANCE + "; StandardScaler().fit_transform(x), DBSCAN(eps, min_samples).fit\n")
    out.write("dataset,eps,min_samples,row,label,core\n")
    for name, configs in CONFIGS.items():
        x = StandardScaler().fit_transform(load(name))
        for eps, m in configs:
            model = DBSCAN(eps=eps, min_samples=m).fit(x)
            core = np.zeros(len(x), dtype=int)
            core[model.core_sample_indices_] = 1
            n_clusters = len(set(model.labels_)) - (1 if -1 in model.labels_ else 0)
            print(name, eps, m, "clusters", n_clusters, "core", core.sum(), "noise", (model.labels_ == -1).sum())
            for i in range(len(x)):
                out.write("%s,%r,%d,%d,%d,%d\n" % (name, eps, m, i, model.labels_[i], core[i]))
