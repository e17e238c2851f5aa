#!/usr/bin/python3
"""Reference values for the org.crm4j.analytics.tree tests, computed with scikit-learn.

Run from this directory with the system interpreter that has scikit-learn 1.2.1 and numpy 1.24.2:
    /usr/bin/python3 make_references.py
It reads the committed data sets (../datasets/*.csv) and rewrites the files listed below. The tests never call
Python; they read these files.

  split_<name>.txt        the fixed train/test split: the test row indices (0-based), one per line
  cart_accuracy.csv       DecisionTreeClassifier(criterion, max_depth, random_state=s) test accuracy on that split:
                          for s = 0, and the mean, min and max over s = 0..19 (random_state only changes the
                          order in which features are visited, hence which of several equally good splits wins)
  iris_depth3_<crit>.csv  the depth-3 tree fitted on the iris training split, nodes in scikit-learn's (pre)order
  iris_ccp_path.csv       cost_complexity_pruning_path on all 150 iris rows (gini, random_state=0), and the
                          number of leaves of the tree fitted with ccp_alpha set to each alpha of the path
  regression_mse.csv      DecisionTreeRegressor(max_depth, random_state=s) predicting iris petal width from the
                          other three features on the iris split: test mean squared error for s = 0 and the
                          mean, min and max over s = 0..19
  forest_oob.csv          RandomForestClassifier(n_estimators=200, oob_score=True) OOB error, seeds 0..4
"""
import csv
import sys

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

PROVENANCE = "# produced by make_references.py with scikit-learn %s, numpy %s" % (sklearn.__version__, np.__version__)
DATASETS = ["iris", "wine", "breast_cancer", "digits"]


def load(name):
    with open("../datasets/%s.csv" % name) as f:
        rows = list(csv.reader(f))
    data = np.array(rows[1:], dtype=np.float64)
    return data[:, :-1], data[:, -1].astype(int)


def split(name, x, y):
    idx = np.arange(len(y))
    _, test = train_test_split(idx, test_size=0.3, random_state=0, stratify=y)
    test = np.sort(test)
    with open("split_%s.txt" % name, "w") as f:
        f.write(PROVENANCE + "; train_test_split(test_size=0.3, random_state=0, stratify=y)\n")
        f.write("".join("%d\n" % i for i in test))
    train = np.setdiff1d(idx, test)
    return train, test


def main():
    data = {name: load(name) for name in DATASETS}
    splits = {name: split(name, *data[name]) for name in DATASETS}

    with open("cart_accuracy.csv", "w") as f:
        f.write(PROVENANCE + "\n")
        f.write("dataset,criterion,max_depth,test_accuracy,leaves,depth,mean_accuracy_20_seeds,min,max\n")
        for name in DATASETS:
            x, y = data[name]
            train, test = splits[name]
            for criterion in ["gini", "entropy"]:
                for depth in [3, 5, None]:
                    t = DecisionTreeClassifier(criterion=criterion, max_depth=depth, random_state=0)
                    t.fit(x[train], y[train])
                    acc = t.score(x[test], y[test])
                    seeds = [DecisionTreeClassifier(criterion=criterion, max_depth=depth, random_state=s)
                             .fit(x[train], y[train]).score(x[test], y[test]) for s in range(20)]
                    f.write("%s,%s,%s,%.17g,%d,%d,%.17g,%.17g,%.17g\n" % (
                        name, criterion, depth if depth else "none", acc, t.get_n_leaves(), t.get_depth(),
                        np.mean(seeds), np.min(seeds), np.max(seeds)))

    x, y = data["iris"]
    train, _ = splits["iris"]
    for criterion in ["gini", "entropy"]:
        t = DecisionTreeClassifier(criterion=criterion, max_depth=3, random_state=0).fit(x[train], y[train]).tree_
        with open("iris_depth3_%s.csv" % criterion, "w") as f:
            f.write(PROVENANCE + "; DecisionTreeClassifier(criterion=%r, max_depth=3, random_state=0) on the "
                    "iris training split; leaves have feature -1\n" % criterion)
            f.write("node,left,right,feature,threshold,impurity,samples,count0,count1,count2\n")
            for i in range(t.node_count):
                v = t.value[i][0]
                f.write("%d,%d,%d,%d,%.17g,%.17g,%d,%g,%g,%g\n" % (i, t.children_left[i], t.children_right[i],
                        t.feature[i] if t.children_left[i] >= 0 else -1,
                        t.threshold[i], t.impurity[i], t.n_node_samples[i], v[0], v[1], v[2]))

    paths = []
    for seed in range(5):
        p = DecisionTreeClassifier(random_state=seed).cost_complexity_pruning_path(x, y)
        paths.append(p)
    for p in paths[1:]:
        if len(p.ccp_alphas) != len(paths[0].ccp_alphas) or np.max(np.abs(p.ccp_alphas - paths[0].ccp_alphas)) > 0:
            print("note: the iris pruning path depends on random_state (feature ties)", file=sys.stderr)
    with open("iris_ccp_path.csv", "w") as f:
        f.write(PROVENANCE + "; DecisionTreeClassifier(random_state=0).cost_complexity_pruning_path on all "
                "150 iris rows\n")
        f.write("ccp_alpha,impurity,leaves_when_fitted_with_this_ccp_alpha\n")
        for a, imp in zip(paths[0].ccp_alphas, paths[0].impurities):
            leaves = DecisionTreeClassifier(random_state=0, ccp_alpha=a).fit(x, y).get_n_leaves()
            f.write("%.17g,%.17g,%d\n" % (a, imp, leaves))

    with open("regression_mse.csv", "w") as f:
        f.write(PROVENANCE + "; DecisionTreeRegressor on iris columns 0-2 -> column 3, training split\n")
        f.write("max_depth,test_mse,leaves,mean_mse_20_seeds,min,max\n")
        xr, yr = x[:, :3], x[:, 3]
        train, test = splits["iris"]
        for depth in [2, 3, 5, None]:
            def mse(seed):
                t = DecisionTreeRegressor(max_depth=depth, random_state=seed).fit(xr[train], yr[train])
                return np.mean((t.predict(xr[test]) - yr[test]) ** 2), t.get_n_leaves()
            seeds = [mse(s)[0] for s in range(20)]
            m0, leaves = mse(0)
            f.write("%s,%.17g,%d,%.17g,%.17g,%.17g\n" % (depth if depth else "none", m0, leaves, np.mean(seeds),
                                                        np.min(seeds), np.max(seeds)))

    with open("forest_oob.csv", "w") as f:
        f.write(PROVENANCE + "; RandomForestClassifier(n_estimators=200, max_features='sqrt', bootstrap=True, "
                "oob_score=True, random_state=seed) on all rows\n")
        f.write("dataset,seed,oob_error\n")
        for name in DATASETS:
            x, y = data[name]
            for seed in range(5):
                rf = RandomForestClassifier(n_estimators=200, oob_score=True, random_state=seed, n_jobs=1).fit(x, y)
                f.write("%s,%d,%.17g\n" % (name, seed, 1.0 - rf.oob_score_))


if __name__ == "__main__":
    main()
