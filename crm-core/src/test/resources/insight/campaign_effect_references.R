# References for EffectEstimatesTest from campaign_effect.csv.
# Run: Rscript campaign_effect_references.R > campaign_effect_references.csv
d <- read.csv("campaign_effect.csv")
f <- function(x) formatC(x, digits = 15, format = "g")
cat("# ", R.version.string, ": prop.test(c(x1, x0), c(n1, n0), correct = FALSE)$conf.int;",
    " glm(converted ~ contacted + recencyDays + purchases + netRevenue, binomial) with confint.default;",
    " lm(revenue ~ contacted + recencyDays + purchases + netRevenue) with confint; made by campaign_effect_references.R\n",
    sep = "")
cat("quantity;estimate;lower;upper;p\n")
x1 <- sum(d$converted[d$contacted == 1]); n1 <- sum(d$contacted == 1)
x0 <- sum(d$converted[d$contacted == 0]); n0 <- sum(d$contacted == 0)
pt <- prop.test(c(x1, x0), c(n1, n0), correct = FALSE)
cat("uplift;", f(x1 / n1 - x0 / n0), ";", f(pt$conf.int[1]), ";", f(pt$conf.int[2]), ";", f(pt$p.value), "\n", sep = "")
g <- glm(converted ~ contacted + recencyDays + purchases + netRevenue, family = binomial, data = d)
ci <- confint.default(g)["contacted", ]
cat("oddsRatio;", f(exp(coef(g)["contacted"])), ";", f(exp(ci[1])), ";", f(exp(ci[2])), ";",
    f(summary(g)$coefficients["contacted", 4]), "\n", sep = "")
l <- lm(revenue ~ contacted + recencyDays + purchases + netRevenue, data = d)
cl <- confint(l)["contacted", ]
cat("revenuePerCustomer;", f(coef(l)["contacted"]), ";", f(cl[1]), ";", f(cl[2]), ";",
    f(summary(l)$coefficients["contacted", 4]), "\n", sep = "")
