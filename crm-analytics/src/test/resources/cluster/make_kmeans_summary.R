# Reference of KMeansModel.summary() on iris, k = 3 (kmeans_iris_r.csv).
# Run: Rscript make_kmeans_summary.R > kmeans_iris_r.csv   (R 4.2.2, datasets::iris)
set.seed(1)
km <- kmeans(iris[, 1:4], 3, nstart = 25)
o <- order(km$size)
cat("# R", paste(R.version$major, R.version$minor, sep = "."), "kmeans(iris[, 1:4], 3, nstart = 25), set.seed(1);",
    "clusters ordered by size\n")
cat("quantity,value\n")
for (i in seq_along(o)) cat(sprintf("size%d,%d\n", i, km$size[o[i]]))
for (i in seq_along(o)) cat(sprintf("withinss%d,%.15g\n", i, km$withinss[o[i]]))
cat(sprintf("totss,%.15g\nbetweenss,%.15g\ntot.withinss,%.15g\n", km$totss, km$betweenss, km$tot.withinss))
