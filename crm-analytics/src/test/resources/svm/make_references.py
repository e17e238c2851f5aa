#!/usr/bin/python3
"""Reference values for the org.crm4j.analytics.svm tests, computed with scikit-learn's LinearSVC (LIBLINEAR).

Run from this directory with the system interpreter (scikit-learn 1.2.1, numpy 1.24.2):
    /usr/bin/python3 make_references.py
It reads the committed data sets (../datasets/*.csv) and the fixed splits (../tree/split_<name>.txt, the test rows
of train_test_split(test_size=0.3, random_state=0, stratify=y)), standardises with StandardScaler fitted on the
training rows (population standard deviation, constant columns scaled by 1, as
org.crm4j.analytics.cluster.Standardizer) and fits
    LinearSVC(C=1.0, loss='squared_hinge', penalty='l2', dual=True, tol=tol, max_iter=max_iter,
              fit_intercept=True, intercept_scaling=1, random_state=0)
once with scikit-learn's defaults (tol=1e-4, max_iter=1000) and once run to tol=1e-10, max_iter=1000000 (the
"tight" optimum). For each one-vs-rest problem k (one for two classes: class 1 against class 0) it writes LIBLINEAR's
primal objective, computed here from coef_ and intercept_:
    0.5 |w|^2 + 0.5 b^2 + C sum_i max(0, 1 - y_i (w.x_i + b))^2,   y_i = +1 for class k, -1 otherwise,
scikit-learn's n_iter_ (the largest over the problems) and the test accuracy (svm_references.csv).
"""
import csv
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

PROVENANCE = "# produced by make_references.py with scikit-learn %s, numpy %s" % (sklearn.__version__, np.__version__)
DATASETS = ["iris", "wine", "breast_cancer", "digits"]


def load(name):
    with open("../datasets/%s.csv" % name) as f:
        rows = list(csv.reader(f))
    data = np.array(rows[1:], dtype=np.float64)
    return data[:, :-1], data[:, -1].astype(int)


def split(name, n):
    with open("../tree/split_%s.txt" % name) as f:
        test = np.array([int(line) for line in f if not line.startswith("#")])
    return np.setdiff1d(np.arange(n), test), test


with open("svm_references.csv", "w") as out:
    out.write(PROVENANCE + "; LinearSVC(C=1, squared hinge, dual, intercept_scaling=1, random_state=0) on the "
              "standardised training rows\n")
    out.write("dataset,fit,problem,objective,n_iter,test_accuracy\n")
    for name in DATASETS:
        x, y = load(name)
        train, test = split(name, len(y))
        scaler = StandardScaler().fit(x[train])
        xt, xs = scaler.transform(x[train]), scaler.transform(x[test])
        for tag, tol, max_iter in [("default", 1e-4, 1000), ("tight", 1e-10, 1000000)]:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ConvergenceWarning)
                model = LinearSVC(C=1.0, tol=tol, max_iter=max_iter, random_state=0).fit(xt, y[train])
            accuracy = (model.predict(xs) == y[test]).mean()
            problems = model.coef_.shape[0]
            for k in range(problems):
                target = model.classes_[1] if problems == 1 else model.classes_[k]
                s = np.where(y[train] == target, 1.0, -1.0)
                w, b = model.coef_[k], model.intercept_[k]
                margin = np.maximum(0.0, 1.0 - s * (xt @ w + b))
                objective = 0.5 * w @ w + 0.5 * b * b + 1.0 * np.sum(margin ** 2)
                out.write("%s,%s,%d,%r,%d,%r\n" % (name, tag, k, objective, model.n_iter_, accuracy))
            print(name, tag, "n_iter", model.n_iter_, "accuracy", accuracy, "warnings", len(caught))
