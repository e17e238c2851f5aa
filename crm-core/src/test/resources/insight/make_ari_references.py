# Adjusted Rand index references for AdjustedRandIndexTest.
# Run: /usr/bin/python3 make_ari_references.py > ari_references.csv
import sklearn
from sklearn.metrics import adjusted_rand_score
cases = [
    ([0, 0, 1, 1], [0, 0, 1, 1]),
    ([0, 0, 1, 1], [1, 1, 0, 0]),
    ([0, 0, 1, 2], [0, 0, 1, 1]),
    ([0, 0, 1, 1], [0, 0, 1, 2]),
    ([0, 0, 0, 0], [0, 1, 2, 3]),
    ([0, 0, 1, 1, 2, 2, 2, 0, 1, 2], [0, 1, 1, 1, 2, 2, 0, 0, 1, 2]),
    ([2, 2, 2, 1, 1, 1, 0, 0, 0, 0, 1, 2], [0, 0, 1, 1, 1, 2, 2, 2, 2, 0, 1, 0]),
]
print("# scikit-learn %s sklearn.metrics.adjusted_rand_score, made by make_ari_references.py" % sklearn.__version__)
print("truth;predicted;ari")
for t, p in cases:
    print("%s;%s;%r" % (" ".join(map(str, t)), " ".join(map(str, p)), adjusted_rand_score(t, p)))
