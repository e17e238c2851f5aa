# Reference values for the diagnostics of org.crm4j.analytics.regression.LinearModel, from R (see
# make_lm_diagnostics.py for the order of the steps and the data). Run from this directory: Rscript make_lm_diagnostics.R
# Writes lm_diagnostics.csv (header and R's rows; the Python step appends statsmodels' rows):
#   dataset, quantity, index, value (17 significant digits), source (tool and version).
# Quantities: loglik, aic, bic (stats::logLik/AIC/BIC: sigma counted as a parameter, k = p + 1),
# durbin_watson (lmtest::dwtest statistic), bp_koenker / bp_classic and their _p and _df (lmtest::bptest, studentize
# TRUE / FALSE), jb (tseries::jarque.bera.test) and jb_p (its chi-squared(2) upper tail), vif (car::vif), hat, cooks, rstandard, rstudent (stats::hatvalues,
# cooks.distance, rstandard, rstudent), condition_number (base::kappa(qr.R(qr(X)), exact = TRUE): the 2-norm
# condition number of the design with its column of ones).
suppressPackageStartupMessages({ library(lmtest); library(car); library(tseries) })
st <- read.csv("stackloss.csv")
stopifnot(isTRUE(all.equal(unname(as.matrix(st)), unname(as.matrix(datasets::stackloss)), tolerance = 0)))
tool <- function(pkg) sprintf("R %s.%s %s %s", R.version$major, R.version$minor, pkg,
                              if (pkg == "stats") "" else as.character(packageVersion(pkg)))
rows <- list()
add <- function(ds, q, i, v, pkg) rows[[length(rows) + 1]] <<- c(ds, q, i, sprintf("%.17g", v), trimws(tool(pkg)))
for (ds in c("longley", "stackloss", "heteroscedastic")) {
  d <- read.csv(paste0(ds, ".csv"))
  yname <- names(d)[ncol(d)]
  f <- lm(as.formula(paste(yname, "~ .")), data = d)
  add(ds, "loglik", 0, as.numeric(logLik(f)), "stats")
  add(ds, "aic", 0, AIC(f), "stats")
  add(ds, "bic", 0, BIC(f), "stats")
  add(ds, "durbin_watson", 0, dwtest(f)$statistic, "lmtest")
  for (s in c(TRUE, FALSE)) {
    b <- bptest(f, studentize = s)
    name <- if (s) "bp_koenker" else "bp_classic"
    add(ds, name, 0, b$statistic, "lmtest")
    add(ds, paste0(name, "_p"), 0, b$p.value, "lmtest")
    add(ds, paste0(name, "_df"), 0, b$parameter, "lmtest")
  }
  j <- jarque.bera.test(residuals(f))
  add(ds, "jb", 0, j$statistic, "tseries")
  # tseries reports 1 - pchisq(JB, 2), which keeps only absolute accuracy (4.9e-8 relative at p = 2.6e-10 on the
  # heteroscedastic sample); the upper tail of the same statistic is taken instead
  add(ds, "jb_p", 0, pchisq(j$statistic, 2, lower.tail = FALSE), "tseries")
  v <- vif(f)
  for (i in seq_along(v)) add(ds, "vif", i - 1, v[i], "car")
  add(ds, "condition_number", 0, kappa(qr.R(qr(model.matrix(f))), exact = TRUE), "stats")
  h <- hatvalues(f); cd <- cooks.distance(f); rs <- rstandard(f); rt <- rstudent(f)
  for (i in seq_along(h)) {
    add(ds, "hat", i - 1, h[i], "stats")
    add(ds, "cooks", i - 1, cd[i], "stats")
    add(ds, "rstandard", i - 1, rs[i], "stats")
    add(ds, "rstudent", i - 1, rt[i], "stats")
  }
}
# heteroscedastic_wls: the heteroscedastic sample fitted with its true weights 1 / (0.5 + 0.4 x1)^2; only the
# diagnostics crm4j defines for weighted fits (criteria, VIF, condition number of sqrt(w) [1 | X])
d <- read.csv("heteroscedastic.csv")
w <- 1 / (0.5 + 0.4 * d$x1)^2
f <- lm(y ~ ., data = d, weights = w)
add("heteroscedastic_wls", "loglik", 0, as.numeric(logLik(f)), "stats")
add("heteroscedastic_wls", "aic", 0, AIC(f), "stats")
add("heteroscedastic_wls", "bic", 0, BIC(f), "stats")
v <- vif(f)
for (i in seq_along(v)) add("heteroscedastic_wls", "vif", i - 1, v[i], "car")
add("heteroscedastic_wls", "condition_number", 0, kappa(qr.R(qr(sqrt(w) * model.matrix(f))), exact = TRUE), "stats")
out <- do.call(rbind, rows)
colnames(out) <- c("dataset", "quantity", "index", "value", "source")
write.csv(out, "lm_diagnostics.csv", row.names = FALSE, quote = FALSE)
