#!/usr/bin/env python3
"""Independent reference values for Winnow's agreement statistics.

Run from this folder:  python3 reference.py > reference.json

Standard library only. Every statistic is computed from its textbook formula with plain
loops, without looking at (or sharing code with) the Java implementation, so the Java
tests that read reference.json check the Java code against a second implementation.

Cohen's kappa: Cohen (1960); large-sample variance of Fleiss, Cohen & Everitt (1969), the
form that R's psych::cohen.kappa computes for the unweighted case; 95% Wald interval.
PABAK: Byrt, Bishop & Carlin (1993), (k * po - 1) / (k - 1).
Krippendorff's alpha (nominal): Krippendorff (2011), "Computing Krippendorff's
Alpha-Reliability", coincidence-matrix form. Percentile bootstrap over units, drawing
units with a re-implementation of java.util.Random (its algorithm is fixed by the Java
specification), so the Java bootstrap can be matched draw for draw.

NaN is written as null. Nothing here is tuned to the Java output.
"""

import json
import math
import sys
from statistics import NormalDist

Z975 = NormalDist().inv_cdf(0.975)


# --------------------------------------------------------------------------- kappa


def kappa_from_table(categories, table):
    k = len(categories)
    n = 0
    for i in range(k):
        for j in range(k):
            n += table[i][j]
    out = {"n": n}
    if n == 0:
        out.update(percentAgreement=None, expectedAgreement=None, kappa=None,
                   standardError=None, ciLow=None, ciHigh=None, pabak=None,
                   status="NO_DATA")
        return out
    x = [[table[i][j] / n for j in range(k)] for i in range(k)]
    rs = [0.0] * k
    cs = [0.0] * k
    for i in range(k):
        for j in range(k):
            rs[i] += x[i][j]
            cs[j] += x[i][j]
    po = 0.0
    for i in range(k):
        po += x[i][i]
    pc = 0.0
    for i in range(k):
        pc += rs[i] * cs[i]
    pabak = (k * po - 1) / (k - 1) if k >= 2 else None
    out.update(percentAgreement=po, expectedAgreement=pc, pabak=pabak)
    if pc >= 1.0:
        out.update(kappa=None, standardError=None, ciLow=None, ciHigh=None,
                   status="NO_VARIATION")
        return out
    kappa = (po - pc) / (1 - pc)
    diagonal = 0.0
    for i in range(k):
        diagonal += x[i][i] * ((1 - pc) - (rs[i] + cs[i]) * (1 - po)) ** 2
    off = 0.0
    for i in range(k):
        for j in range(k):
            if i != j:
                off += x[i][j] * (cs[i] + rs[j]) ** 2
    var = (diagonal + (1 - po) ** 2 * off - (po * pc - 2 * pc + po) ** 2) / (n * (1 - pc) ** 4)
    se = math.sqrt(max(var, 0.0))
    out.update(kappa=kappa, standardError=se, ciLow=kappa - Z975 * se,
               ciHigh=kappa + Z975 * se, status="DEFINED")
    return out


# --------------------------------------------------------------------------- alpha


class JavaRandom:
    """java.util.Random: 48-bit LCG; nextInt(bound) as its Javadoc specifies."""

    MULTIPLIER = 0x5DEECE66D
    ADDEND = 0xB
    MASK = (1 << 48) - 1

    def __init__(self, seed):
        self.state = (seed ^ self.MULTIPLIER) & self.MASK

    def next_bits(self, bits):
        self.state = (self.state * self.MULTIPLIER + self.ADDEND) & self.MASK
        return self.state >> (48 - bits)  # bits <= 31 here, so never negative

    def next_int(self, bound):
        r = self.next_bits(31)
        m = bound - 1
        if bound & m == 0:
            return (bound * r) >> 31
        u = r
        r = u % bound
        while u - r + m >= 2 ** 31:  # Java: int overflow makes it negative
            u = self.next_bits(31)
            r = u % bound
        return r


def pairable(units):
    return [u for u in units if len(u) >= 2]


def alpha_point(units):
    """Coincidence matrix over ordered pairs of values from different coders."""
    o = {}
    for unit in units:
        coders = list(unit.keys())
        m = len(coders)
        if m < 2:
            continue
        for a in coders:
            for b in coders:
                if a == b:
                    continue
                key = (unit[a], unit[b])
                o[key] = o.get(key, 0.0) + 1.0 / (m - 1)
    values = sorted({c for (c, _) in o})
    n_c = {}
    for c in values:
        total = 0.0
        for k in values:
            total += o.get((c, k), 0.0)
        n_c[c] = total
    n = 0.0
    for c in values:
        n += n_c[c]
    observed = 0.0
    expected = 0.0
    for c in values:
        for k in values:
            if c != k:
                observed += o.get((c, k), 0.0)
                expected += n_c[c] * n_c[k]
    return n, n_c, observed, expected


def alpha_value(units):
    n, _, observed, expected = alpha_point(units)
    if n == 0 or expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def percentile(sorted_values, p):
    """Linear interpolation between order statistics (R's quantile type 7)."""
    h = (len(sorted_values) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def alpha_case(units, samples, seed):
    n, n_c, observed, expected = alpha_point(units)
    usable = pairable(units)
    out = {"pairableValues": round(n), "units": len(usable),
           "valueCounts": {c: round(v) for c, v in sorted(n_c.items())},
           "bootstrapSamples": samples, "seed": seed}
    if n == 0:
        out.update(alpha=None, observedDisagreement=None, expectedDisagreement=None,
                   ciLow=None, ciHigh=None, bootstrapDefined=0, status="NO_DATA")
        return out
    d_o = observed / n
    d_e = expected / (n * (n - 1))
    if expected == 0:
        out.update(alpha=None, observedDisagreement=d_o, expectedDisagreement=d_e,
                   ciLow=None, ciHigh=None, bootstrapDefined=0, status="NO_VARIATION")
        return out
    alpha = 1 - (n - 1) * observed / expected
    rng = JavaRandom(seed)
    draws = []
    for _ in range(samples):
        resample = [usable[rng.next_int(len(usable))] for _ in range(len(usable))]
        value = alpha_value(resample)
        if value is not None:
            draws.append(value)
    draws.sort()
    low = percentile(draws, 0.025) if draws else None
    high = percentile(draws, 0.975) if draws else None
    out.update(alpha=alpha, observedDisagreement=d_o, expectedDisagreement=d_e,
               ciLow=low, ciHigh=high, bootstrapDefined=len(draws), status="DEFINED")
    return out


# --------------------------------------------------------------------------- data

KAPPA_CASES = [
    ("balanced 2x2", ["include", "exclude"], [[40, 10], [8, 42]]),
    ("skewed prevalence (title-abstract screening, 1000 citations)",
     ["include", "exclude"], [[40, 15], [25, 920]]),
    ("rare includes, high agreement, low kappa", ["include", "exclude"], [[2, 5], [3, 90]]),
    ("worse than chance", ["include", "exclude"], [[5, 20], [25, 3]]),
    ("three categories", ["include", "exclude", "maybe"],
     [[30, 4, 3], [5, 45, 2], [2, 3, 6]]),
    ("perfect agreement", ["include", "exclude"], [[20, 0], [0, 30]]),
    ("perfect agreement, three categories", ["include", "exclude", "maybe"],
     [[3, 0, 0], [0, 11, 0], [0, 0, 2]]),
    ("one category never used by reviewer B", ["include", "exclude", "maybe"],
     [[25, 3, 0], [4, 50, 0], [2, 1, 0]]),
    ("a category neither reviewer used", ["include", "exclude", "maybe"],
     [[12, 2, 0], [3, 33, 0], [0, 0, 0]]),
    ("single item", ["include", "exclude"], [[0, 1], [0, 0]]),
    ("SAS/STAT PROC FREQ agreement study (skin condition)",
     ["terrible", "poor", "marginal", "clear"],
     [[10, 4, 1, 0], [5, 10, 12, 2], [2, 4, 12, 5], [0, 2, 6, 13]]),
    ("Cohen (1968), as in psych::cohen.kappa examples", ["1", "2", "3"],
     [[88, 14, 18], [10, 40, 10], [2, 6, 12]]),
    ("Fleiss, Cohen & Everitt (1969), as in psych::cohen.kappa examples", ["1", "2", "3"],
     [[106, 10, 4], [22, 28, 10], [2, 12, 6]]),
    ("degenerate: every item in one cell", ["include", "exclude"], [[10, 0], [0, 0]]),
    ("degenerate: one category only", ["exclude"], [[7]]),
    ("degenerate: no items", ["include", "exclude"], [[0, 0], [0, 0]]),
]


def units_from_table(categories, table, coders):
    units = []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            for _ in range(count):
                units.append({coders[0]: categories[i], coders[1]: categories[j]})
    return units


KRIPPENDORFF_2011 = [
    # Krippendorff (2011), section C: 4 observers x 12 units, nominal, missing data.
    {"A": "1", "B": "1", "D": "1"},
    {"A": "2", "B": "2", "C": "3", "D": "2"},
    {"A": "3", "B": "3", "C": "3", "D": "3"},
    {"A": "3", "B": "3", "C": "3", "D": "3"},
    {"A": "2", "B": "2", "C": "2", "D": "2"},
    {"A": "1", "B": "2", "C": "3", "D": "4"},
    {"A": "4", "B": "4", "C": "4", "D": "4"},
    {"A": "1", "B": "1", "C": "2", "D": "1"},
    {"A": "2", "B": "2", "C": "2", "D": "2"},
    {"B": "5", "C": "5", "D": "5"},
    {"C": "1", "D": "1"},
    {"B": "3"},
]

I, E, M = "include", "exclude", "maybe"
THREE_REVIEWERS_MISSING = [
    {"ana": I, "ben": I, "cleo": I},
    {"ana": E, "ben": E},
    {"ana": E, "cleo": E},
    {"ben": I, "cleo": M},
    {"ana": M, "ben": I, "cleo": I},
    {"ana": E, "ben": E, "cleo": E},
    {"ana": E},
    {"ana": I, "ben": E},
    {"ben": E, "cleo": E},
    {"ana": E, "ben": E, "cleo": M},
    {"ana": I, "cleo": I},
    {"ana": E, "ben": E},
    {"ben": M, "cleo": M},
    {"ana": E, "ben": I, "cleo": E},
    {"cleo": I},
    {"ana": E, "ben": E, "cleo": E},
    {"ana": I, "ben": I},
    {"ana": E, "cleo": E},
    {"ana": M, "ben": M, "cleo": E},
    {"ben": E, "cleo": E},
    {"ana": E, "ben": E, "cleo": E},
    {"ana": I, "ben": I, "cleo": I},
    {"ana": E, "ben": M},
    {"ana": E, "cleo": E},
    {"ana": E, "ben": E, "cleo": E},
]

ALPHA_CASES = [
    ("Krippendorff (2011) nominal example with missing data", KRIPPENDORFF_2011, 2000, 20110101),
    ("two reviewers, no missing data",
     units_from_table([I, E], [[12, 3], [5, 20]], ["ana", "ben"]), 2000, 42),
    ("two reviewers, skewed prevalence",
     units_from_table([I, E], [[4, 2], [3, 51]], ["ana", "ben"]), 2000, 7),
    ("three reviewers, three categories, missing data", THREE_REVIEWERS_MISSING, 2000, 99),
    ("perfect agreement", [{"ana": v, "ben": v, "cleo": v} for v in [I, E, E, M, E, I, E, E]],
     2000, 3),
    ("degenerate: every value the same", [{"ana": E, "ben": E}, {"ana": E, "ben": E, "cleo": E}],
     2000, 5),
    ("degenerate: nothing pairable", [{"ana": I}, {"ben": E}, {}], 2000, 11),
]

# A small screening round as (item, reviewer, decision) rows: every reviewer pair is
# compared on the items both rated, and alpha runs over all items.
SCREENING_ROWS = [
    ("c01", "ben", I), ("c01", "ana", I), ("c01", "cleo", I),
    ("c02", "ana", E), ("c02", "ben", E),
    ("c03", "ana", E), ("c03", "cleo", M),
    ("c04", "ben", I), ("c04", "cleo", E),
    ("c05", "ana", M), ("c05", "ben", I), ("c05", "cleo", I),
    ("c06", "ana", E), ("c06", "ben", E), ("c06", "cleo", E),
    ("c07", "ana", I),
    ("c08", "ana", I), ("c08", "ben", E),
    ("c09", "ben", E), ("c09", "cleo", E),
    ("c10", "ana", E), ("c10", "ben", E), ("c10", "cleo", M),
    ("c11", "ana", I), ("c11", "cleo", I),
    ("c12", "ana", E), ("c12", "ben", E),
    ("c13", "ben", M), ("c13", "cleo", M),
    ("c14", "ana", E), ("c14", "ben", I), ("c14", "cleo", E),
    ("c15", "dora", I),
]


def screening_case(rows, samples, seed):
    reviewers = sorted({r for (_, r, _) in rows})
    categories = sorted({v for (_, _, v) in rows})
    by_item = {}
    for item, reviewer, value in rows:
        by_item.setdefault(item, {})[reviewer] = value
    pairs = []
    for a_index in range(len(reviewers)):
        for b_index in range(a_index + 1, len(reviewers)):
            a, b = reviewers[a_index], reviewers[b_index]
            items = sorted(i for i, u in by_item.items() if a in u and b in u)
            table = [[0] * len(categories) for _ in categories]
            for item in items:
                table[categories.index(by_item[item][a])][categories.index(by_item[item][b])] += 1
            result = kappa_from_table(categories, table)
            result.update(reviewerA=a, reviewerB=b, items=items, table=table)
            pairs.append(result)
    units = [by_item[i] for i in sorted(by_item)]
    return {"rows": [list(r) for r in rows], "categories": categories, "pairs": pairs,
            "alpha": alpha_case(units, samples, seed)}


def main():
    kappa = []
    for name, categories, table in KAPPA_CASES:
        case = {"name": name, "categories": categories, "table": table}
        case.update(kappa_from_table(categories, table))
        kappa.append(case)
    alpha = []
    for name, units, samples, seed in ALPHA_CASES:
        case = {"name": name, "data": units}
        case.update(alpha_case(units, samples, seed))
        alpha.append(case)
    document = {
        "generator": "reference.py (Python %d.%d, standard library only)" % sys.version_info[:2],
        "z975": Z975,
        "kappa": kappa,
        "alpha": alpha,
        "screening": screening_case(SCREENING_ROWS, 2000, 2024),
    }
    json.dump(document, sys.stdout, indent=1, allow_nan=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
