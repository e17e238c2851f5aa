#!/usr/bin/python3
"""Reference values for the org.crm4j.analytics.bayes tests, computed with scikit-learn.

Run from this directory with the system interpreter (scikit-learn 1.2.1, numpy 1.24.2):
    /usr/bin/python3 make_references.py
It reads the committed data sets (../datasets/*.csv) and the fixed splits (../tree/split_<name>.txt, the test rows
of train_test_split(test_size=0.3, random_state=0, stratify=y)) and writes:

  <name>_categorical.csv    a categorical version of iris (4 levels) and wine (3 levels): every feature cut at its
                            quantiles (np.quantile over all rows, levels 0..k-1 by np.searchsorted(side='right'))
  categorical_nb.csv        CategoricalNB(alpha, min_categories) fitted on the training rows: class_log_prior_,
                            the feature log probabilities, and predict_proba of every test row and of a few made-up
                            rows with a category never seen in training (k+1 categories declared)
  gaussian_nb.csv           GaussianNB(var_smoothing=1e-9[, priors]) fitted on the training rows of iris, wine and
                            breast cancer: theta_, var_, class_prior_ and predict_proba of every test row
Values are written with repr (17 significant digits).
"""
import csv

import numpy as np
import sklearn
from sklearn.naive_bayes import CategoricalNB, GaussianNB

PROVENANCE = "# produced by make_references.py with scikit-learn %s, numpy %s" % (sklearn.__version__, np.__version__)


def load(name):
    with open("../datasets/%s.csv" % name) as f:
        rows = list(csv.reader(f))
    data = np.array(rows[1:], dtype=np.float64)
    return data[:, :-1], data[:, -1].astype(int)


def split(name, n):
    with open("../tree/split_%s.txt" % name) as f:
        test = np.array([int(line) for line in f if not line.startswith("#")])
    return np.setdiff1d(np.arange(n), test), test


def categorical(name, levels):
    x, y = load(name)
    cuts = np.quantile(x, np.arange(1, levels) / levels, axis=0)
    codes = np.column_stack([np.searchsorted(cuts[:, j], x[:, j], side="right") for j in range(x.shape[1])])
    with open("%s_categorical.csv" % name, "w") as f:
        f.write(PROVENANCE + "; %s cut at its %d-quantiles, levels 0..%d, class last\n" % (name, levels, levels - 1))
        for row, label in zip(codes, y):
            f.write(",".join(str(v) for v in row) + ",%d\n" % label)
    return codes, y


def row(f, *cells):
    f.write(",".join(c if isinstance(c, str) else repr(float(c)) if isinstance(c, (float, np.floating)) else str(c)
                     for c in cells) + "\n")


with open("categorical_nb.csv", "w") as f:
    f.write(PROVENANCE + "; CategoricalNB(alpha, min_categories=levels + 1) on the training rows\n")
    f.write("dataset,alpha,kind,index,values...\n")
    for name, levels in [("iris", 4), ("wine", 3)]:
        codes, y = categorical(name, levels)
        train, test = split(name, len(y))
        rng = np.random.default_rng(15)
        unseen = rng.integers(0, levels + 1, size=(5, codes.shape[1]))
        unseen[:, 0] = levels  # a category declared but never seen
        for alpha in [1.0, 0.5]:
            model = CategoricalNB(alpha=alpha, min_categories=levels + 1).fit(codes[train], y[train])
            row(f, name, alpha, "logprior", -1, *model.class_log_prior_)
            for j, table in enumerate(model.feature_log_prob_):
                for c in range(table.shape[0]):
                    row(f, name, alpha, "featurelogprob%d" % j, c, *table[c])
            for i, p in zip(test, model.predict_proba(codes[test])):
                row(f, name, alpha, "proba", i, *p)
            for i, (u, p) in enumerate(zip(unseen, model.predict_proba(unseen))):
                row(f, name, alpha, "unseen", i, *(list(u) + list(p)))

with open("gaussian_nb.csv", "w") as f:
    f.write(PROVENANCE + "; GaussianNB(var_smoothing=1e-9, priors) on the training rows\n")
    f.write("dataset,priors,kind,index,values...\n")
    for name, priors in [("iris", None), ("iris", [0.2, 0.3, 0.5]), ("wine", None), ("breast_cancer", None)]:
        x, y = load(name)
        train, test = split(name, len(y))
        model = GaussianNB(priors=priors).fit(x[train], y[train])
        tag = "default" if priors is None else "/".join(repr(p) for p in priors)
        row(f, name, tag, "prior", -1, *model.class_prior_)
        row(f, name, tag, "epsilon", -1, model.epsilon_)
        for c in range(len(model.classes_)):
            row(f, name, tag, "theta", c, *model.theta_[c])
            row(f, name, tag, "var", c, *model.var_[c])
        for i, p in zip(test, model.predict_proba(x[test])):
            row(f, name, tag, "proba", i, *p)
        print(name, tag, "test accuracy", (model.predict(x[test]) == y[test]).mean())
