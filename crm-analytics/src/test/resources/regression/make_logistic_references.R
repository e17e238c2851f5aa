# Reference fits for org.crm4j.analytics.regression.LogisticRegression tests, produced with R 4.2.2:
#   Rscript make_logistic_references.R   (run from this directory)
# Data sets (public, shipped with R):
#   mtcars.csv  - R datasets::mtcars (Henderson and Velleman 1981, Motor Trend 1974): am ~ hp + wt
#   birthwt.csv - MASS::birthwt (Hosmer and Lemeshow 1989, Baystate Medical Center 1986):
#                 low ~ age + lwt + race2 + race3 + smoke + ptl + ht + ui + ftv (race as two dummies, race 1 = white)
# glm_references.csv: one row per (fit, quantity, index) with 17 significant digits:
#   quantities coef, se (from summary.glm, dispersion 1), deviance, null_deviance, aic.
# Fits: mtcars (am ~ hp + wt), birthwt (all nine predictors), mtcars_weighted (weights = gear, integer prior weights),
#       mtcars_nointercept (am ~ hp + wt - 1).
library(MASS)
options(digits = 17)
mt <- datasets::mtcars
mt_out <- data.frame(hp = mt$hp, wt = mt$wt, gear = mt$gear, am = mt$am)
write.csv(mt_out, "mtcars.csv", row.names = FALSE, quote = FALSE)
bw <- MASS::birthwt
bw_out <- data.frame(age = bw$age, lwt = bw$lwt, race2 = as.integer(bw$race == 2), race3 = as.integer(bw$race == 3),
                     smoke = bw$smoke, ptl = bw$ptl, ht = bw$ht, ui = bw$ui, ftv = bw$ftv, low = bw$low)
write.csv(bw_out, "birthwt.csv", row.names = FALSE, quote = FALSE)
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
fits <- list(
  mtcars = glm(am ~ hp + wt, family = binomial, data = mt_out, control = ctl),
  birthwt = glm(low ~ age + lwt + race2 + race3 + smoke + ptl + ht + ui + ftv, family = binomial, data = bw_out,
                control = ctl),
  mtcars_weighted = glm(am ~ hp + wt, family = binomial, data = mt_out, weights = gear, control = ctl),
  mtcars_nointercept = glm(am ~ hp + wt - 1, family = binomial, data = mt_out, control = ctl))
rows <- list()
for (name in names(fits)) {
  f <- fits[[name]]
  s <- summary(f)$coefficients
  for (i in seq_len(nrow(s))) {
    rows[[length(rows) + 1]] <- c(name, "coef", i - 1, sprintf("%.17g", s[i, 1]))
    rows[[length(rows) + 1]] <- c(name, "se", i - 1, sprintf("%.17g", s[i, 2]))
  }
  rows[[length(rows) + 1]] <- c(name, "deviance", 0, sprintf("%.17g", f$deviance))
  rows[[length(rows) + 1]] <- c(name, "null_deviance", 0, sprintf("%.17g", f$null.deviance))
  rows[[length(rows) + 1]] <- c(name, "aic", 0, sprintf("%.17g", f$aic))
}
out <- do.call(rbind, rows)
colnames(out) <- c("fit", "quantity", "index", "value")
write.csv(out, "glm_references.csv", row.names = FALSE, quote = FALSE)
