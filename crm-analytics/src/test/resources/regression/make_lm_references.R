# Reference fits for org.crm4j.analytics.regression.LinearRegression tests (inference beyond the NIST
# certificates: p-values, F-test, adjusted R², confidence intervals, weights), produced with R 4.2.2:
#   Rscript make_lm_references.R   (run from this directory; reads mtcars_lm.csv written here from datasets::mtcars)
# Fits: mtcars (mpg ~ hp + wt + qsec), mtcars_weighted (same, weights = gear).
# lm_references.csv rows: fit, quantity, index, value (17 significant digits); quantities coef, se, t, p, ci_lo, ci_hi
# (95% confint), sigma, r2, adj_r2, f, f_p, df.
options(digits = 17)
mt <- datasets::mtcars
d <- data.frame(hp = mt$hp, wt = mt$wt, qsec = mt$qsec, gear = mt$gear, mpg = mt$mpg)
write.csv(d, "mtcars_lm.csv", row.names = FALSE, quote = FALSE)
fits <- list(mtcars = lm(mpg ~ hp + wt + qsec, data = d),
             mtcars_weighted = lm(mpg ~ hp + wt + qsec, data = d, weights = gear))
rows <- list()
add <- function(...) rows[[length(rows) + 1]] <<- c(...)
for (name in names(fits)) {
  f <- fits[[name]]
  s <- summary(f)
  co <- s$coefficients
  ci <- confint(f, level = 0.95)
  for (i in seq_len(nrow(co))) {
    add(name, "coef", i - 1, sprintf("%.17g", co[i, 1]))
    add(name, "se", i - 1, sprintf("%.17g", co[i, 2]))
    add(name, "t", i - 1, sprintf("%.17g", co[i, 3]))
    add(name, "p", i - 1, sprintf("%.17g", co[i, 4]))
    add(name, "ci_lo", i - 1, sprintf("%.17g", ci[i, 1]))
    add(name, "ci_hi", i - 1, sprintf("%.17g", ci[i, 2]))
  }
  fs <- s$fstatistic
  add(name, "sigma", 0, sprintf("%.17g", s$sigma))
  add(name, "r2", 0, sprintf("%.17g", s$r.squared))
  add(name, "adj_r2", 0, sprintf("%.17g", s$adj.r.squared))
  add(name, "f", 0, sprintf("%.17g", fs[1]))
  add(name, "f_p", 0, sprintf("%.17g", pf(fs[1], fs[2], fs[3], lower.tail = FALSE)))
  add(name, "df", 0, sprintf("%.17g", f$df.residual))
}
out <- do.call(rbind, rows)
colnames(out) <- c("fit", "quantity", "index", "value")
write.csv(out, "lm_references.csv", row.names = FALSE, quote = FALSE)
