# Appends statsmodels' ARCH LM values to arima_diagnostics.csv, a second reference next to the R formula of
# make_arima_diagnostics.R (run that first), on the same (R's) residuals from arima_residuals.csv. Run from this
# directory with Debian's Python: /usr/bin/python3 make_arima_diagnostics.py
import csv

import numpy as np
import statsmodels
from statsmodels.stats.diagnostic import het_arch

TOOL = "statsmodels %s" % statsmodels.__version__
residuals = {}
with open("arima_residuals.csv") as f:
    for row in csv.DictReader(line for line in f if not line.startswith("#")):
        residuals.setdefault(row["fit"], []).append(float(row["value"]))
lags = {}
with open("arima_diagnostics.csv") as f:
    for row in csv.DictReader(line for line in f if not line.startswith("#")):
        if row["quantity"] == "arch_lags":
            lags[row["fit"]] = int(float(row["value"]))
with open("arima_diagnostics.csv", "a", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    for fit, r in residuals.items():
        lm, lmp, _, _ = het_arch(np.array(r), nlags=lags[fit])
        w.writerow([fit, "arch", "%.17g" % lm, TOOL])
        w.writerow([fit, "arch_p", "%.17g" % lmp, TOOL])
