# Golden values for ServiceTimeStatsTest: R's default sample quantiles (type 7, Hyndman and Fan 1996) of
# business times in whole seconds. Run: Rscript make_quantiles_r.R > quantiles-type7-r.csv
set.seed(17)
cases <- list(c(42), c(10, 20), c(3, 1, 2), c(5, 5, 5, 5), c(0, 7, 100, 3601, 86400),
              c(1:10) * 60, c(1:11) * 61, sample(0:200000, 17), sample(0:3000000, 101), sample(0:999, 1000, TRUE))
cat("# R", paste(R.version$major, R.version$minor, sep = "."), "quantile(x, c(0.5, 0.9), type = 7); x sorted ascending\n", sep = " ")
cat("values;median;p90\n")
for (x in cases) {
  q <- quantile(x, c(0.5, 0.9), type = 7, names = FALSE)
  cat(paste(sort(x), collapse = " "), ";", sprintf("%.17g", q[1]), ";", sprintf("%.17g", q[2]), "\n", sep = "")
}
