"""References for org.crm4j.analytics.lifetime, computed independently of the Java code.

Run with Debian's Python (mpmath 1.2.1, scipy 1.10.1):
    /usr/bin/python3 make_references.py > references.csv
(from this directory; it reads cdnow_summary.csv next to it). Takes a few minutes.

What each section computes, and how:
- mle_*: maximum-likelihood estimates on the CDNOW cohort, BG/NBD (Fader, Hardie & Lee 2005, eq. 6) and
  Gamma-Gamma (Fader & Hardie 2013, eq. 3), written here from the papers in mpmath with 40 digits: scipy
  Nelder-Mead on float log-likelihoods for a start, then Newton iterations with mpmath.diff derivatives (the
  gradient ends below 1e-20). Standard errors: square roots of the diagonal of the inverse observed information
  (the negated mpmath Hessian of the log-likelihood in natural parameters at the MLE).
- palive / cond / uncond: BG/NBD quantities at the published parameters (r, alpha, a, b) = (0.243, 4.414, 0.793,
  2.426), taken as exact, by numerical integration over the mixing distributions, NOT from the closed forms:
  P(alive) is the ratio of the alive part of the individual likelihood to the whole, each a product of one-dimensional
  mpmath.quad integrals over lambda ~ Gamma(r, alpha) and p ~ Beta(a, b); the conditional expectation is
  P(alive) * E[(1 - exp(-lambda p t)) / p] under the posterior of (lambda, p) given alive, where the lambda integral
  is the gamma Laplace transform (1 + p t / (alpha + T))^-(r + x) and the p integral is mpmath.quad over
  Beta(a, b + x). The closed forms with mpmath.hyp2f1 are evaluated as a cross-check and must agree to 1e-20.
- ggcond: Gamma-Gamma E[M | x, zbar] at (p, q, gamma) = (6.25, 3.74, 15.44) by mpmath.quad over the posterior of
  nu ~ Gamma(q + p x, gamma + x zbar) of E[M | nu] = p / nu, cross-checked with the closed form.
- clv: the discrete discounted CLV of CustomerLifetimeValue's javadoc at the published parameters of both models,
  from the quadrature expectations above.
- hyp: H(A, B, C, z) = C (2F1(A, B; C; z) - 1) / (A B) = z 3F2(A+1, B+1, 1; C+1, 2; z) with mpmath.hyp3f2 (and
  mpmath.hyp2f1 as a cross-check where A B != 0), 40 digits, at the doubles nearest to the printed arguments.
"""
import csv
import os
import sys

import mpmath as mp
import numpy as np
from scipy import optimize, special

mp.mp.dps = 40
HERE = os.path.dirname(os.path.abspath(__file__))


def load():
    rows = []
    with open(os.path.join(HERE, "cdnow_summary.csv")) as f:
        for rec in csv.DictReader(f):
            rows.append((int(rec["x"]), rec["t_x"], rec["T"], rec["zbar"]))
    return rows


def grouped(rows, key):
    counts = {}
    for r in rows:
        k = key(r)
        counts[k] = counts.get(k, 0) + 1
    return counts


# ---------------------------------------------------------------- BG/NBD
def bgnbd_ll_float(theta, x, tx, T):
    r, alpha, a, b = np.exp(theta)
    ln_a1 = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    ln_a2 = special.gammaln(a + b) + special.gammaln(b + x) - special.gammaln(b) - special.gammaln(a + b + x)
    ln_a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        ln_a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx),
                         -np.inf)
    return np.sum(ln_a1 + ln_a2 + np.logaddexp(ln_a3, ln_a4))


def bgnbd_ll_mp(params, groups):
    r, alpha, a, b = params
    total = mp.mpf(0)
    for (x, tx, T), n in groups.items():
        ln_a1 = mp.loggamma(r + x) - mp.loggamma(r) + r * mp.log(alpha)
        ln_a2 = mp.loggamma(a + b) + mp.loggamma(b + x) - mp.loggamma(b) - mp.loggamma(a + b + x)
        term = mp.power(alpha + T, -(r + x))
        if x > 0:
            term += a / (b + x - 1) * mp.power(alpha + tx, -(r + x))
        total += n * (ln_a1 + ln_a2 + mp.log(term))
    return total


def gg_ll_mp(params, groups):
    p, q, g = params
    total = mp.mpf(0)
    for (x, zbar), n in groups.items():
        px = p * x
        total += n * (mp.loggamma(px + q) - mp.loggamma(px) - mp.loggamma(q) + q * mp.log(g)
                      + (px - 1) * mp.log(zbar) + px * mp.log(x) - (px + q) * mp.log(g + x * zbar))
    return total


def gg_ll_float(theta, x, zbar):
    p, q, g = np.exp(theta)
    px = p * x
    return np.sum(special.gammaln(px + q) - special.gammaln(px) - special.gammaln(q) + q * np.log(g)
                  + (px - 1) * np.log(zbar) + px * np.log(x) - (px + q) * np.log(g + x * zbar))


def newton_mp(f, start, iterations=8):
    """Newton on the natural parameters with mpmath.diff derivatives; returns (params, ll, hessian)."""
    x = [mp.mpf(v) for v in start]
    k = len(x)

    def partial(orders, at):
        return mp.diff(lambda *v: f(v), at, orders)

    for _ in range(iterations):
        grad = mp.matrix([partial(tuple(1 if j == i else 0 for j in range(k)), x) for i in range(k)])
        hess = mp.matrix(k, k)
        for i in range(k):
            for j in range(k):
                orders = [0] * k
                orders[i] += 1
                orders[j] += 1
                hess[i, j] = partial(tuple(orders), x)
        step = mp.lu_solve(hess, grad)
        x = [x[i] - step[i] for i in range(k)]
        if max(abs(g) for g in grad) < mp.mpf("1e-20"):
            break
    return x, f(x), hess


def se_from(hess):
    cov = (-hess) ** -1
    return [mp.sqrt(cov[i, i]) for i in range(hess.rows)]


def beta_expect(fun, a, b):
    """E[fun(p)] for p ~ Beta(a, b) by quadrature (tanh-sinh copes with the endpoint singularities)."""
    norm = mp.beta(a, b)
    return mp.quad(lambda p: fun(p) * p ** (a - 1) * (1 - p) ** (b - 1), [0, mp.mpf(1) / 2, 1]) / norm


def gamma_expect(fun, shape, rate):
    return mp.quad(lambda lam: fun(lam) * rate ** shape * lam ** (shape - 1) * mp.exp(-rate * lam)
                   / mp.gamma(shape), [0, 1, mp.inf])


def palive_quad(r, alpha, a, b, x, tx, T):
    if x == 0:
        return mp.mpf(1)
    lam_alive = gamma_expect(lambda lam: lam ** x * mp.exp(-lam * T), r, alpha)
    lam_dead = gamma_expect(lambda lam: lam ** x * mp.exp(-lam * tx), r, alpha)
    p_alive = beta_expect(lambda p: (1 - p) ** x, a, b)
    p_dead = beta_expect(lambda p: p * (1 - p) ** (x - 1), a, b)
    alive = lam_alive * p_alive
    return alive / (alive + lam_dead * p_dead)


def palive_closed(r, alpha, a, b, x, tx, T):
    if x == 0:
        return mp.mpf(1)
    return 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x))


def cond_quad(r, alpha, a, b, x, tx, T, t):
    """P(alive) * E[(1 - exp(-lambda p t)) / p | alive]; lambda | alive ~ Gamma(r + x, alpha + T) integrated in
    closed form (its Laplace transform), p | alive ~ Beta(a, b + x) by quadrature."""
    s = alpha + T
    if_alive = beta_expect(lambda p: (1 - (s / (s + p * t)) ** (r + x)) / p, a, b + x)
    return palive_quad(r, alpha, a, b, x, tx, T) * if_alive


def cond_closed(r, alpha, a, b, x, tx, T, t):
    z = t / (alpha + T + t)
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x)
                                       * mp.hyp2f1(r + x, b + x, a + b + x - 1, z))
    return num * palive_closed(r, alpha, a, b, x, tx, T)


def h_function(A, B, C, z):
    return z * mp.hyp3f2(A + 1, B + 1, 1, C + 1, 2, z)


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    print("# mpmath references for org.crm4j.analytics.lifetime: made by make_references.py (this directory) with")
    print(f"# /usr/bin/python3, mpmath {mp.__version__}, scipy {__import__('scipy').__version__}; see its docstring.")
    out.writerow(["kind", "arguments", "value"])
    rows = load()
    x = np.array([r[0] for r in rows], dtype=float)
    tx = np.array([float(r[1]) for r in rows])
    T = np.array([float(r[2]) for r in rows])

    # BG/NBD MLE
    start = optimize.minimize(lambda th: -bgnbd_ll_float(th, x, tx, T), np.zeros(4), method="Nelder-Mead",
                              options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 20000}).x
    groups = grouped(rows, lambda r: (r[0], mp.mpf(r[1]), mp.mpf(r[2])))
    est, ll, hess = newton_mp(lambda v: bgnbd_ll_mp(v, groups), [mp.e ** s for s in start])
    se = se_from(hess)
    for name, v, s in zip(["r", "alpha", "a", "b"], est, se):
        out.writerow(["mle_bgnbd", name, mp.nstr(v, 17)])
        out.writerow(["se_bgnbd", name, mp.nstr(s, 17)])
    out.writerow(["mle_bgnbd", "logLikelihood", mp.nstr(ll, 17)])

    # Gamma-Gamma MLE on the repeat customers
    rep = [r for r in rows if r[0] > 0]
    xr = np.array([r[0] for r in rep], dtype=float)
    zr = np.array([float(r[3]) for r in rep])
    start = optimize.minimize(lambda th: -gg_ll_float(th, xr, zr), np.zeros(3), method="Nelder-Mead",
                              options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 20000}).x
    ggroups = grouped(rep, lambda r: (r[0], mp.mpf(r[3])))
    est, ll, hess = newton_mp(lambda v: gg_ll_mp(v, ggroups), [mp.e ** s for s in start])
    se = se_from(hess)
    for name, v, s in zip(["p", "q", "gamma"], est, se):
        out.writerow(["mle_gg", name, mp.nstr(v, 17)])
        out.writerow(["se_gg", name, mp.nstr(s, 17)])
    out.writerow(["mle_gg", "logLikelihood", mp.nstr(ll, 17)])

    # BG/NBD predictions at the published parameters
    r, alpha, a, b = mp.mpf("0.243"), mp.mpf("4.414"), mp.mpf("0.793"), mp.mpf("2.426")
    cases = [(0, "0", "38.86"), (1, "1.71", "38.86"), (2, "30.43", "38.86"), (7, "29.43", "38.86"),
             (5, "24.43", "38.86"), (2, "35.71", "38.86"), (10, "5.00", "32.71"), (1, "0.00", "27.00")]
    for (xi, txs, Ts) in cases:
        txi, Ti = mp.mpf(txs), mp.mpf(Ts)
        pa = palive_quad(r, alpha, a, b, xi, txi, Ti)
        assert abs(pa - palive_closed(r, alpha, a, b, xi, txi, Ti)) < mp.mpf("1e-20")
        out.writerow(["palive", f"{xi};{txs};{Ts}", mp.nstr(pa, 17)])
        for t in ["1", "39", "52", "520"]:
            c = cond_quad(r, alpha, a, b, xi, txi, Ti, mp.mpf(t))
            assert abs(c - cond_closed(r, alpha, a, b, xi, txi, Ti, mp.mpf(t))) < mp.mpf("1e-20") * (1 + abs(c))
            out.writerow(["cond", f"{t};{xi};{txs};{Ts}", mp.nstr(c, 17)])
    for t in ["0.5", "1", "39", "78", "520"]:
        c = cond_quad(r, alpha, a, b, 0, mp.mpf(0), mp.mpf(0), mp.mpf(t))
        out.writerow(["uncond", t, mp.nstr(c, 17)])

    # large frequencies: P(alive) in closed form (quadratures of lambda^10000 are needlessly slow); the expectation
    # if alive by quadrature over Beta(a, b + x), whose mass sits near p = a / (b + x), with breakpoints there;
    # cross-checked with the closed form (mpmath.hyp2f1 needs a larger term budget here)
    for (xi, txs, Ts) in [(10000, "38.5", "39"), (10000, "20", "39"), (500, "38", "39")]:
        txi, Ti = mp.mpf(txs), mp.mpf(Ts)
        pa = palive_closed(r, alpha, a, b, xi, txi, Ti)
        out.writerow(["palive", f"{xi};{txs};{Ts}", mp.nstr(pa, 17)])
        for t in ["1", "52"]:
            s_ = alpha + Ti
            tm = mp.mpf(t)
            fun = lambda p_: (1 - (s_ / (s_ + p_ * tm)) ** (r + xi)) / p_
            B = b + xi
            norm = mp.beta(a, B)
            pts = [0, mp.mpf(1) / B / 100, mp.mpf(1) / B, mp.mpf(10) / B, mp.mpf(100) / B, 1]
            if_alive = mp.quad(lambda p_: fun(p_) * p_ ** (a - 1) * (1 - p_) ** (B - 1), pts) / norm
            c = pa * if_alive
            z = tm / (alpha + Ti + tm)
            closed = pa * (a + b + xi - 1) / (a - 1) * (1 - ((alpha + Ti) / (alpha + Ti + tm)) ** (r + xi)
                                                         * mp.hyp2f1(r + xi, b + xi, a + b + xi - 1, z,
                                                                     maxterms=10 ** 6))
            assert abs(c - closed) < mp.mpf("1e-20") * abs(c), (c, closed)
            out.writerow(["cond", f"{t};{xi};{txs};{Ts}", mp.nstr(c, 17)])

    # Gamma-Gamma conditional expected average value at the published parameters
    p, q, g = mp.mpf("6.25"), mp.mpf("3.74"), mp.mpf("15.44")
    for (xi, zs) in [(1, "11.77"), (2, "22.35"), (7, "73.74"), (5, "29.44"), (40, "300.00")]:
        zb = mp.mpf(zs)
        val = gamma_expect(lambda nu: p / nu, q + p * xi, g + xi * zb)
        assert abs(val - p * (g + xi * zb) / (p * xi + q - 1)) < mp.mpf("1e-20")
        out.writerow(["ggcond", f"{xi};{zs}", mp.nstr(val, 17)])

    # CLV: 12 periods of 4 weeks at 1 % per period, E[M | x, zbar] times the discounted increments of the
    # conditional expectation (by quadrature, as above), at the published BG/NBD and Gamma-Gamma parameters
    for (xi, txs, Ts, zs) in [(2, "30.43", "38.86", "22.35"), (0, "0", "38.86", "0"), (7, "29.43", "38.86", "73.74")]:
        txi, Ti, zb = mp.mpf(txs), mp.mpf(Ts), mp.mpf(zs)
        spend = p * (g + xi * zb) / (p * xi + q - 1)
        total, previous = mp.mpf(0), mp.mpf(0)
        for k in range(1, 13):
            current = cond_quad(r, alpha, a, b, xi, txi, Ti, mp.mpf(4 * k))
            total += (current - previous) / mp.mpf("1.01") ** k
            previous = current
        out.writerow(["clv", f"{xi};{txs};{Ts};{zs}", mp.nstr(spend * total, 17)])

    # H(A, B, C, z)
    hyp_cases = []
    for (A, B, C) in [("1.976", "-0.207", "2.219"), ("1.976", "-0.207", "7.219"), ("0.5", "0.5", "1.5"), ("-0.45", "-0.2", "0.8"),
                      ("5.2", "1.5", "10000.2"), ("3.5", "0.000001", "-0.5"), ("1.25", "2.0", "4.25"),
                      ("-3.7", "0.4", "2.2"), ("0.0", "0.0", "1.0")]:
        for z in ["0.001", "0.3", "0.5", "0.7", "0.9", "0.99", "0.9999", "0.99999999"]:
            hyp_cases.append((A, B, C, z))
    for (A, B, C, z) in hyp_cases:
        # at the doubles nearest to the decimal arguments, which is what the Java test passes: near z = 1 the
        # result is ill-conditioned in z (relative change (C-A-B) dz / (1-z)), so 0.99999999 itself would not do
        Am, Bm, Cm, zm = mp.mpf(float(A)), mp.mpf(float(B)), mp.mpf(float(C)), mp.mpf(float(z))
        v = h_function(Am, Bm, Cm, zm)
        if Am * Bm != 0:
            assert abs(v - Cm * (mp.hyp2f1(Am, Bm, Cm, zm) - 1) / (Am * Bm)) < mp.mpf("1e-25") * (1 + abs(v))
        out.writerow(["hyp", f"{A};{B};{C};{z}", mp.nstr(v, 17)])


if __name__ == "__main__":
    main()
