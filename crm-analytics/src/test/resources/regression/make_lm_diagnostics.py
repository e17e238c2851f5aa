# Reference values for the diagnostics of org.crm4j.analytics.regression.LinearModel, from statsmodels.
# Run from this directory with Debian's Python (the pyenv python3 on PATH has no statsmodels):
#   /usr/bin/python3 make_lm_diagnostics.py data   # writes longley.csv, stackloss.csv, heteroscedastic.csv
#   Rscript make_lm_diagnostics.R                   # R's values (lm, lmtest, car, tseries) -> lm_diagnostics.csv
#   /usr/bin/python3 make_lm_diagnostics.py refs   # appends statsmodels' values to lm_diagnostics.csv
# Data: longley.csv is NIST StRD Longley (nist-strd-linear.json here: x1..x6, y); stackloss.csv is Brownlee's stack
# loss data as shipped in statsmodels.datasets.stackloss (the R script checks it equals R's datasets::stackloss);
# heteroscedastic.csv is generated below with numpy's PCG64 seed 20261204: n = 200, x1 ~ U(0, 10), x2 ~ N(0, 1),
# y = 1 + 2 x1 - 0.5 x2 + (0.5 + 0.4 x1) e, e ~ N(0, 1), written with 17 significant digits.
import csv
import json
import sys

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.diagnostic import het_breuschpagan
from statsmodels.stats.outliers_influence import OLSInfluence, variance_inflation_factor
from statsmodels.stats.stattools import durbin_watson, jarque_bera

DATASETS = ["longley", "stackloss", "heteroscedastic"]


def write(name, header, rows):
    with open(name + ".csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["%.17g" % v for v in r])


def data():
    longley = [s for s in json.load(open("nist-strd-linear.json")) if s["name"] == "Longley"][0]
    write("longley", ["x1", "x2", "x3", "x4", "x5", "x6", "y"],
          [list(x) + [y] for x, y in zip(longley["x"], longley["y"])])
    st = sm.datasets.stackloss.load_pandas().data
    write("stackloss", ["air_flow", "water_temp", "acid_conc", "stack_loss"],
          st[["AIRFLOW", "WATERTEMP", "ACIDCONC", "STACKLOSS"]].to_numpy(dtype=float))
    rng = np.random.default_rng(20261204)
    n = 200
    x1 = rng.uniform(0, 10, n)
    x2 = rng.normal(0, 1, n)
    e = rng.normal(0, 1, n)
    y = 1 + 2 * x1 - 0.5 * x2 + (0.5 + 0.4 * x1) * e
    write("heteroscedastic", ["x1", "x2", "y"], np.column_stack([x1, x2, y]))


def load(name):
    a = np.loadtxt(name + ".csv", delimiter=",", skiprows=1)
    return a[:, :-1], a[:, -1]


def refs():
    tool = "statsmodels %s (numpy %s, scipy %s)" % (statsmodels.__version__, np.__version__, scipy.__version__)
    rows = []

    def add(ds, quantity, index, value):
        rows.append([ds, quantity, index, "%.17g" % value, tool])

    for ds in DATASETS:
        x, y = load(ds)
        exog = sm.add_constant(x)
        fit = sm.OLS(y, exog).fit()
        add(ds, "loglik", 0, fit.llf)
        add(ds, "durbin_watson", 0, durbin_watson(fit.resid))
        jb, jbp, skew, kurt = jarque_bera(fit.resid)
        add(ds, "jb", 0, jb)
        add(ds, "jb_p", 0, jbp)
        add(ds, "skewness", 0, skew)
        add(ds, "kurtosis", 0, kurt)
        for robust, name in [(True, "bp_koenker"), (False, "bp_classic")]:
            lm, lmp, _, _ = het_breuschpagan(fit.resid, exog, robust=robust)
            add(ds, name, 0, lm)
            add(ds, name + "_p", 0, lmp)
        add(ds, "condition_number", 0, fit.condition_number)
        for j in range(1, exog.shape[1]):
            add(ds, "vif", j - 1, variance_inflation_factor(exog, j))
        infl = OLSInfluence(fit)
        for i in range(len(y)):
            add(ds, "hat", i, infl.hat_matrix_diag[i])
            add(ds, "cooks", i, infl.cooks_distance[0][i])
            add(ds, "rstandard", i, infl.resid_studentized_internal[i])
            add(ds, "rstudent", i, infl.resid_studentized_external[i])
    # heteroscedastic_wls: WLS with the true weights 1 / (0.5 + 0.4 x1)^2 (see the R script); statsmodels' WLS
    # log-likelihood and the condition number of its whitened design sqrt(w) [1 | X]
    x, y = load("heteroscedastic")
    w = 1 / (0.5 + 0.4 * x[:, 0]) ** 2
    fit = sm.WLS(y, sm.add_constant(x), weights=w).fit()
    add("heteroscedastic_wls", "loglik", 0, fit.llf)
    add("heteroscedastic_wls", "condition_number", 0, fit.condition_number)
    with open("lm_diagnostics.csv", "a", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    {"data": data, "refs": refs}[sys.argv[1]]()
