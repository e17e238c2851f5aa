# statsmodels' values for the diagnostics of org.crm4j.analytics.regression.LogisticModel, appended to
# logistic_diagnostics.csv after make_logistic_diagnostics.R (see there). Run from this directory with Debian's Python:
#   /usr/bin/python3 make_logistic_diagnostics.py
# statsmodels Logit (Newton, tolerance 1e-14) gives llf, aic, bic and resid_dev; the Hosmer-Lemeshow statistic is
# recomputed here with numpy from statsmodels' fitted probabilities, by the grouping rule written in the R script
# (numpy's default "linear" quantile is R's type 7), independently of the R code.
import csv

import numpy as np
import scipy
import scipy.stats
import statsmodels
import statsmodels.api as sm

TOOL = "statsmodels %s (numpy %s, scipy %s)" % (statsmodels.__version__, np.__version__, scipy.__version__)


def hosmer_lemeshow(y, p, g=10):
    q = np.unique(np.quantile(p, np.linspace(0, 1, g + 1)))
    # group k holds q[k-1] < p <= q[k]; the lowest value joins the first group
    group = np.clip(np.searchsorted(q, p, side="left") - 1, 0, len(q) - 2)
    stat = 0.0
    for k in range(len(q) - 1):
        m = group == k
        for obs, exp in ((y[m].sum(), p[m].sum()), ((1 - y[m]).sum(), (1 - p[m]).sum())):
            stat += (obs - exp) ** 2 / exp
    groups = len(q) - 1
    return stat, groups - 2, scipy.stats.chi2.sf(stat, groups - 2), groups


def main():
    rows = []
    for name, file, response in (("mtcars", "mtcars.csv", "am"), ("birthwt", "birthwt.csv", "low")):
        with open(file) as f:
            header = f.readline().strip().split(",")
        data = np.loadtxt(file, delimiter=",", skiprows=1)
        y = data[:, header.index(response)]
        cols = [c for c in header if c not in (response, "gear")]
        x = sm.add_constant(data[:, [header.index(c) for c in cols]])
        fit = sm.Logit(y, x).fit(method="newton", tol=1e-14, maxiter=100, disp=0)
        glm = sm.GLM(y, x, family=sm.families.Binomial()).fit(tol=1e-14)

        def add(q, i, v):
            rows.append([name, q, i, "%.17g" % v, TOOL])

        add("loglik", 0, fit.llf)
        add("aic", 0, fit.aic)
        add("bic", 0, fit.bic)
        for i, r in enumerate(glm.resid_deviance):
            add("deviance_residual", i, r)
        stat, df, p, groups = hosmer_lemeshow(y, fit.predict(x))
        add("hl", 0, stat)
        add("hl_df", 0, df)
        add("hl_p", 0, p)
        add("hl_groups", 0, groups)
    with open("logistic_diagnostics.csv", "a", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)


if __name__ == "__main__":
    main()
