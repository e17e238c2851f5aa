# NPS 95 % intervals: the scores +1 (promoter), 0 (passive), -1 (detractor) of n answers; NPS = 100 * mean;
# trinomial variance (plug-in, denominator n) normal approximation: 100 * (m +- qnorm(0.975) * sqrt(v / n)),
# v = mean((s - m)^2) = pP + pD - (pP - pD)^2; clipped to [-100, 100].
cases <- list(c(1,0,0), c(0,0,1), c(5,3,2), c(50,30,20), c(10,0,10), c(412,50,38), c(0,10,0), c(3,1,9), c(200,500,300))
cat(sprintf("# %s: per case s <- c(rep(1, P), rep(0, N), rep(-1, D)); m <- mean(s); h <- qnorm(0.975) * sqrt(mean((s - m)^2) / length(s)); 100 * pmax(-1, pmin(1, m + c(-1, 1) * h))\n", R.version.string))
cat("# promoters,passives,detractors,nps,low,high\n")
for (k in cases) {
  s <- c(rep(1, k[1]), rep(0, k[2]), rep(-1, k[3]))
  m <- mean(s)
  h <- qnorm(0.975) * sqrt(mean((s - m)^2) / length(s))
  ci <- 100 * pmax(-1, pmin(1, m + c(-1, 1) * h))
  cat(sprintf("%d,%d,%d,%.17g,%.17g,%.17g\n", k[1], k[2], k[3], 100 * m, ci[1], ci[2]))
}
