# Reference values for the diagnostics of org.crm4j.analytics.regression.LogisticModel, from R 4.2.2 (stats::glm).
# Run from this directory: Rscript make_logistic_diagnostics.R, then /usr/bin/python3 make_logistic_diagnostics.py
# (which appends statsmodels' values). Data: mtcars.csv and birthwt.csv, written by make_logistic_references.R.
# Fits: mtcars (am ~ hp + wt), birthwt (low on all nine predictors), mtcars_weighted (am ~ hp + wt, weights = gear;
# log-likelihood and criteria only: crm4j's per-row diagnostics are for unweighted fits).
# Writes logistic_diagnostics.csv: fit, quantity, index, value (17 significant digits), source.
# Quantities: loglik, aic, bic (stats::logLik, AIC, BIC), deviance_residual (residuals(fit, type = "deviance")),
# hl, hl_df, hl_p, hl_groups: Hosmer-Lemeshow with g = 10, computed below (ResourceSelection is not packaged for
# Debian) by the rule of ResourceSelection::hoslem.test: group boundaries are the type-7 quantiles of the fitted
# probabilities at 0, 1/g, ..., 1 (duplicates dropped), groups (q_(k-1), q_k] with the first closed on the left;
# statistic sum over groups and both outcomes of (observed - expected)^2 / expected; chi-squared on
# (number of groups - 2) degrees of freedom (ResourceSelection keeps g - 2 even when ties merge groups; the two agree
# here), p-value as the upper tail.
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
mt <- read.csv("mtcars.csv")
bw <- read.csv("birthwt.csv")
fits <- list(
  mtcars = glm(am ~ hp + wt, family = binomial, data = mt, control = ctl),
  birthwt = glm(low ~ age + lwt + race2 + race3 + smoke + ptl + ht + ui + ftv, family = binomial, data = bw,
                control = ctl),
  mtcars_weighted = glm(am ~ hp + wt, family = binomial, data = mt, weights = gear, control = ctl))
hosmer_lemeshow <- function(y, p, g = 10) {
  q <- unique(quantile(p, probs = seq(0, 1, 1 / g), type = 7))
  group <- cut(p, breaks = q, include.lowest = TRUE)
  o1 <- tapply(y, group, sum); e1 <- tapply(p, group, sum)
  o0 <- tapply(1 - y, group, sum); e0 <- tapply(1 - p, group, sum)
  stat <- sum((o1 - e1)^2 / e1) + sum((o0 - e0)^2 / e0)
  groups <- nlevels(group)
  c(stat = stat, df = groups - 2, p = pchisq(stat, groups - 2, lower.tail = FALSE), groups = groups)
}
tool <- sprintf("R %s.%s stats", R.version$major, R.version$minor)
rows <- list()
add <- function(fit, q, i, v) rows[[length(rows) + 1]] <<- c(fit, q, i, sprintf("%.17g", v), tool)
for (name in names(fits)) {
  f <- fits[[name]]
  add(name, "loglik", 0, as.numeric(logLik(f)))
  add(name, "aic", 0, AIC(f))
  add(name, "bic", 0, BIC(f))
  if (name != "mtcars_weighted") {
    r <- residuals(f, type = "deviance")
    for (i in seq_along(r)) add(name, "deviance_residual", i - 1, r[i])
    hl <- hosmer_lemeshow(f$y, fitted(f))
    add(name, "hl", 0, hl["stat"]); add(name, "hl_df", 0, hl["df"]); add(name, "hl_p", 0, hl["p"])
    add(name, "hl_groups", 0, hl["groups"])
  }
}
out <- do.call(rbind, rows)
colnames(out) <- c("fit", "quantity", "index", "value", "source")
write.csv(out, "logistic_diagnostics.csv", row.names = FALSE, quote = FALSE)
