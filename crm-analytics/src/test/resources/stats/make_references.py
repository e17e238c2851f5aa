# Reference values for org.crm4j.analytics.stats, computed in 40-digit arithmetic with mpmath 1.2.1
# (scipy 1.10.1 only supplies starting points for the quantile root-finding, which is then done in mpmath).
# Run from this directory with /usr/bin/python3 make_references.py (writes distributions.csv).
# Columns: dist, fun (cdf | survival | quantile), x (argument; a probability for quantile), p1, p2 (parameters), value.
import csv
import mpmath as mp
from scipy import stats

mp.mp.dps = 40


def ibeta(a, b, x):
    """I_x(a, b); when mpmath's hypergeometric series gives up (very large a or b), 1 - I_{1-x}(b, a) with 80
    digits plus those lost to the cancellation."""
    try:
        return mp.betainc(a, b, 0, x, regularized=True)
    except (mp.libmp.libhyper.NoConvergence, ValueError):  # ValueError: hypsum gave up
        dps = 80
        while True:  # 1 - lower cancels when the result is small: repeat with enough extra digits
            with mp.workdps(dps):
                y = 1 - x
                lower = y ** b * mp.hyp2f1(b, 1 - a, b + 1, y, maxterms=10 ** 6) / (b * mp.beta(a, b))
                value = 1 - lower
            if value > 0 and mp.log10(value) > 60 - dps:
                return +value
            if dps > 1000:
                return mp.mpf(0)  # below 1e-900: underflows double, the row is dropped
            dps = 80 + int(-mp.log10(value)) if value > 0 else 2 * dps


def t_tail_large(t, df):
    """P(T > t) for large df (t**2 < df) from t C 2F1(1/2, (df+1)/2; 3/2; -t**2/df), C = Gamma((df+1)/2) /
    (sqrt(pi df) Gamma(df/2)), with enough extra digits for the cancellation of 1/2 - ... in the upper tail."""
    t, df = mp.mpf(t), mp.mpf(df)
    digits = int((df + 1) / 2 * mp.log1p(t * t / df) / mp.log(10)) + 60
    with mp.workdps(max(digits, 60)):
        c = mp.exp(mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2)) / mp.sqrt(mp.pi * df)
        half = abs(t) * c * mp.hyp2f1(mp.mpf(1) / 2, (df + 1) / 2, mp.mpf(3) / 2, -t * t / df)
        value = mp.mpf(1) / 2 - half if t > 0 else mp.mpf(1) / 2 + half
    return +value


def t_cdf(t, df):
    t, df = mp.mpf(t), mp.mpf(df)
    tail = ibeta(df / 2, mp.mpf(1) / 2, df / (df + t * t)) / 2
    return tail if t < 0 else 1 - tail


def chi_cdf(x, df):
    return mp.gammainc(mp.mpf(df) / 2, 0, mp.mpf(x) / 2, regularized=True)


def chi_sf(x, df):
    return mp.gammainc(mp.mpf(df) / 2, mp.mpf(x) / 2, mp.inf, regularized=True)


def f_cdf(f, d1, d2):
    f, d1, d2 = mp.mpf(f), mp.mpf(d1), mp.mpf(d2)
    return ibeta(d1 / 2, d2 / 2, d1 * f / (d1 * f + d2))


def f_sf(f, d1, d2):
    f, d1, d2 = mp.mpf(f), mp.mpf(d1), mp.mpf(d2)
    return ibeta(d2 / 2, d1 / 2, d2 / (d1 * f + d2))


def invert(cdf, sf, p, start):
    """Solves cdf(x) = p (or sf(x) = 1 - p above the median) in log-log space (u = log|x|), bracketing scipy's
    value by a relative 1e-6."""
    p = mp.mpf(p)
    sign = -1 if start < 0 else 1
    if p < mp.mpf(1) / 2:
        g = lambda u: mp.log(cdf(sign * mp.exp(u))) - mp.log(p)
    else:
        g = lambda u: mp.log(sf(sign * mp.exp(u))) - mp.log(1 - p)
    u0 = mp.log(abs(mp.mpf(start))) if start != 0 else mp.mpf(-100)
    width = mp.mpf('1e-6')
    while not g(u0 - width) * g(u0 + width) < 0:  # scipy may underflow or be inaccurate: widen the bracket
        width *= 4
        assert width < 1e4, (p, start)
    lo, hi = u0 - width, u0 + width
    root = mp.findroot(g, (lo, hi), solver='illinois', tol=mp.mpf(10) ** -30, maxsteps=500, verify=False)
    assert abs(g(root)) < mp.mpf('1e-25'), (p, root, g(root))
    return sign * mp.exp(root)


rows = []


def add(dist, fun, x, p1, p2, value):
    rows.append([dist, fun, repr(float(x)), '' if p1 is None else repr(float(p1)),
                 '' if p2 is None else repr(float(p2)), mp.nstr(value, 17, min_fixed=1, max_fixed=0)])


for x in [-37, -30, -20, -10, -5, -2.5, -1, -0.1, 0, 0.3, 1.5, 3, 8, 20, 37]:
    add('normal', 'cdf', x, None, None, mp.ncdf(x))
    add('normal', 'survival', x, None, None, mp.ncdf(-x))
for p in [1e-300, 1e-100, 1e-20, 1e-8, 0.001, 0.025, 0.1, 0.3, 0.7, 0.9, 0.975, 0.999, 1 - 1e-12]:
    add('normal', 'quantile', p, None, None,
        invert(mp.ncdf, lambda x: mp.ncdf(-x), p, stats.norm.ppf(p)))

for df in [0.5, 1, 2, 3, 7.5, 30, 1000, 1e6]:
    for t in [-1e5, -40, -6, -2, -0.5, 0.01, 1, 2.5, 10, 300]:
        add('t', 'cdf', t, df, None, t_cdf(t, df))
        add('t', 'survival', t, df, None, t_cdf(-t, df))
    for p in [1e-30, 1e-10, 1e-4, 0.025, 0.2, 0.8, 0.975, 0.9999]:
        add('t', 'quantile', p, df, None,
            invert(lambda x: t_cdf(x, df), lambda x: t_cdf(-x, df), p, stats.t.ppf(p, df)))

# Student t with many degrees of freedom (regression residual df): body and tails
for df in [1e4, 3e4, 1e5, 1e6, 1e7, 1e9]:
    for t in [-40, -37, -20, -8, -5, -2, -0.5, 0.01, 0.7, 1.5, 3, 6, 8, 12, 30, 37, 40]:
        add('t', 'cdf', t, df, None, t_tail_large(-t, df))
        add('t', 'survival', t, df, None, t_tail_large(t, df))
    for p in [1e-300, 1e-100, 1e-30, 1e-6, 1e-3, 0.025, 0.3, 0.6, 0.975, 0.999, 1 - 1e-6]:
        add('t', 'quantile', p, df, None,
            invert(lambda x: t_tail_large(-x, df), lambda x: t_tail_large(x, df), p, stats.norm.ppf(p)))

for df in [0.3, 1, 2, 5, 17.5, 100, 1e4, 1e6]:
    scale = df / 10 if df > 1000 else 1
    for x in [1e-8, 0.01, 0.5, 1, 3, 10, 50, 200, 1000]:
        add('chisq', 'cdf', x * scale, df, None, chi_cdf(x * scale, df))
        add('chisq', 'survival', x * scale, df, None, chi_sf(x * scale, df))
    for p in [1e-30, 1e-10, 1e-4, 0.05, 0.5, 0.95, 0.9999, 1 - 1e-10]:
        add('chisq', 'quantile', p, df, None,
            invert(lambda x: chi_cdf(x, df), lambda x: chi_sf(x, df), p, stats.chi2.ppf(p, df)))

for d1, d2 in [(1, 1), (1, 10), (3, 27), (10, 3), (49, 5000), (0.7, 2.5), (200, 300), (2, 1e5), (5, 1e6), (1, 1e7), (20, 1e6), (100, 1e5), (3, 1e9), (1000, 1e6)]:
    for f in [1e-6, 0.1, 0.5, 1, 2, 5, 30, 1000]:
        add('f', 'cdf', f, d1, d2, f_cdf(f, d1, d2))
        add('f', 'survival', f, d1, d2, f_sf(f, d1, d2))
    for p in [1e-20, 1e-6, 0.01, 0.5, 0.95, 0.999999]:
        add('f', 'quantile', p, d1, d2,
            invert(lambda x: f_cdf(x, d1, d2), lambda x: f_sf(x, d1, d2), p, stats.f.ppf(p, d1, d2)))

# drop values that underflow double (0) and mpmath's cancellation residue (negative) in the far tail
rows = [r for r in rows if float(r[5]) > 0.0 or r[1] == 'quantile']
with open('distributions.csv', 'w', newline='') as out:
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['dist', 'fun', 'x', 'p1', 'p2', 'value'])
    w.writerows(rows)
