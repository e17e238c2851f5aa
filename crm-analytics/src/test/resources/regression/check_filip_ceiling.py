# Why NIST Filip stays near 8 correct digits in double precision (documented in LinearRegression and
# NistLinearRegressionTest): solves Filip's least-squares problem exactly (80-digit mpmath normal equations) for the
# design with exact powers of the double x values, with powers rounded step by step in double (as the test builds
# them), and with correctly rounded powers, and prints the minimum LRE against the certified coefficients.
# Run: /usr/bin/python3 check_filip_ceiling.py (from this directory; mpmath 1.2.1). Output: 14.0, 7.9, 7.61.
import json, mpmath as mp
mp.mp.dps = 80
d = [s for s in json.load(open('nist-strd-linear.json')) if s['name'] == 'Filip'][0]
xs = [mp.mpf(float(r[0])) for r in d['x']]; ys = [mp.mpf(float(v)) for v in d['y']]
X = mp.matrix([[x ** k for k in range(11)] for x in xs])
# powers formed in double like the test does (power *= x, rounded each step)
Xd = []
for r in d['x']:
    row = [1.0]; p = 1.0
    for k in range(10):
        p *= float(r[0]); row.append(p)
    Xd.append([mp.mpf(v) for v in row])
Xd = mp.matrix(Xd)
Y = mp.matrix(ys)
for name, A in (('exact powers of double x', X), ('double-rounded powers', Xd)):
    b = mp.lu_solve(A.T * A, A.T * Y)
    lre = min(-mp.log10(abs(b[i] - mp.mpf(c)) / abs(mp.mpf(c))) for i, c in enumerate(d['certifiedBeta']))
    print(name, 'min LRE vs certified:', mp.nstr(lre, 3))
    print(' b:', [mp.nstr(b[i], 17) for i in range(11)])
Xr = mp.matrix([[mp.mpf(float(x ** k)) for k in range(11)] for x in xs])
b = mp.lu_solve(Xr.T * Xr, Xr.T * Y)
print('correctly rounded powers min LRE:', mp.nstr(min(-mp.log10(abs(b[i] - mp.mpf(c)) / abs(mp.mpf(c))) for i, c in enumerate(d['certifiedBeta'])), 3))
