#!/usr/bin/env python3
"""Reference implementation of the PII / GII composite index method, independent of the Java engine, and the
generator of a realistic PII-shaped test fixture.

Writes, next to this script:
  framework.csv        the tree: index -> 2 sub-indices (input, output) -> 7 pillars (5 input, 2 output)
                       -> 21 sub-pillars -> 52 indicators; a few half weights and lower-is-better indicators;
                       UNIT rows list the 63 provinces
  data.csv             raw values, one row per province, one column per indicator (empty = missing)
  expected-scores.csv  scores rounded to 2 decimals as a ministry publishes them: every sub-pillar, pillar,
                       sub-index, the overall index and the efficiency ratio

Method (issue 7, docs of GII/PII):
  1. per indicator, sample skewness and kurtosis as spreadsheet SKEW and KURT; when |skew| > 2.25 and kurt > 3.5,
     winsorise: the top (or bottom, for a negative skew) k values take the value of the (k+1)-th, k = 1..5, until
     the condition clears; if it never clears, log-transform the original values: ln[(max-1)(x-min)/(max-min)+1]
     (negative skew: ln[(max-1)(max-x)/(max-min)+1], which reverses the direction)
  2. min-max 0-100 by direction over the provinces
  3. weighted mean of the children with a score, weights renormalised; no score when more than half the children
     are missing
  4. up the tree; overall = mean of input and output sub-indices (both needed); efficiency = output / input
Run: python3 pii_fixture.py   (deterministic; the output is committed)
"""
import csv
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SKEW_T, KURT_T, MAX_WINSOR, MAX_MISSING = 2.25, 3.5, 5, 0.5


def skew(x):
    n = len(x)
    if n < 3:
        return float("nan")
    m = sum(x) / n
    s = math.sqrt(sum((v - m) ** 2 for v in x) / (n - 1))
    if s == 0:
        return float("nan")
    return n / ((n - 1) * (n - 2)) * sum(((v - m) / s) ** 3 for v in x)


def kurt(x):
    n = len(x)
    if n < 4:
        return float("nan")
    m = sum(x) / n
    s = math.sqrt(sum((v - m) ** 2 for v in x) / (n - 1))
    if s == 0:
        return float("nan")
    return (n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * sum(((v - m) / s) ** 4 for v in x)
            - 3 * (n - 1) ** 2 / ((n - 2) * (n - 3)))


def problematic(x):
    s, k = skew(x), kurt(x)
    return not math.isnan(s) and not math.isnan(k) and abs(s) > SKEW_T and k > KURT_T


def treat(values):
    """values: list with None for missing -> (treated list, method, reversed)"""
    idx = [i for i, v in enumerate(values) if v is not None]
    x = [values[i] for i in idx]
    if not problematic(x):
        return list(values), "NONE", False
    top = skew(x) > 0
    order = sorted(range(len(x)), key=lambda i: x[i], reverse=top)
    k = 1
    while k <= MAX_WINSOR and k < len(x) - 1:
        w = list(x)
        for j in range(k):
            w[order[j]] = x[order[k]]
        if not problematic(w):
            out = list(values)
            for p, i in enumerate(idx):
                out[i] = w[p]
            return out, "WINSORISED", False
        k += 1
    lo, hi = min(x), max(x)
    if hi - 1 <= 0:
        return list(values), "NONE", False
    out = list(values)
    for p, i in enumerate(idx):
        share = (x[p] - lo) / (hi - lo) if top else (hi - x[p]) / (hi - lo)
        out[i] = math.log((hi - 1) * share + 1)
    return out, "LOG", not top


def normalise(values, higher):
    xs = [v for v in values if v is not None]
    lo, hi = min(xs), max(xs)
    if hi == lo:
        return [None] * len(values)
    return [None if v is None else 100 * ((v - lo) if higher else (hi - v)) / (hi - lo) for v in values]


def wmean(scores, weights, max_missing):
    avail = [(s, w) for s, w in zip(scores, weights) if s is not None]
    missing = len(scores) - len(avail)
    if not avail or missing / len(scores) > max_missing:
        return None
    return sum(s * w for s, w in avail) / sum(w for _, w in avail)


def build():
    rnd = random.Random(20231115)
    nodes = [("PII", "", "INDEX", "Chỉ số đổi mới sáng tạo cấp địa phương", "Provincial Innovation Index", "", "", ""),
             ("IN", "PII", "SUB_INDEX", "Chỉ số phụ đầu vào", "Input sub-index", "", "", "INPUT"),
             ("OUT", "PII", "SUB_INDEX", "Chỉ số phụ đầu ra", "Output sub-index", "", "", "OUTPUT")]
    pillars = [("P1", "IN", "Thể chế", "Institutions"), ("P2", "IN", "Vốn con người và nghiên cứu",
               "Human capital and research"), ("P3", "IN", "Cơ sở hạ tầng", "Infrastructure"),
               ("P4", "IN", "Trình độ phát triển thị trường", "Market sophistication"),
               ("P5", "IN", "Trình độ phát triển kinh doanh", "Business sophistication"),
               ("P6", "OUT", "Sản phẩm tri thức, sáng tạo và công nghệ", "Knowledge and technology outputs"),
               ("P7", "OUT", "Tác động", "Impact")]
    indicators = []  # (code, kind of distribution)
    n_ind = 0
    three = {2, 5, 8, 11, 13, 15, 17, 18, 19, 20}  # sub-pillars (0-based) with 3 indicators -> 42 + 10 = 52
    sp = 0
    for code, parent, vi, en in pillars:
        nodes.append((code, parent, "PILLAR", vi, en, "", "", ""))
        for s in range(1, 4):
            sp_code = f"{code}.{s}"
            nodes.append((sp_code, code, "SUB_PILLAR", f"Nhóm chỉ số {sp_code}", f"Sub-pillar {sp_code}",
                          "0.5" if sp_code in ("P3.3", "P6.2") else "", "", ""))
            for i in range(1, 4 if sp in three else 3):
                n_ind += 1
                ind = f"{sp_code}.{i}"
                direction = "LOWER" if n_ind % 11 == 4 else "HIGHER"
                weight = "0.5" if n_ind % 13 == 7 else ""
                nodes.append((ind, sp_code, "INDICATOR", f"Chỉ số {ind}", f"Indicator {ind}", weight, direction, ""))
                indicators.append(ind)
            sp += 1
    units = [(f"VN-{i:02d}", f"Tỉnh/thành phố {i:02d}") for i in range(1, 64)]
    data = {u: {} for u, _ in units}
    for j, ind in enumerate(indicators):
        kind = j % 6
        for u, _ in units:
            if kind == 0:
                v = rnd.gauss(50, 12)
            elif kind == 1:
                v = rnd.uniform(0, 100)
            elif kind == 2:
                v = rnd.uniform(1, 60)
            elif kind == 3:
                v = rnd.gauss(30, 5)
            elif kind == 4:
                v = rnd.uniform(10, 20)
            else:
                v = rnd.lognormvariate(1.0, 0.5) * 3
            data[u][ind] = round(v, 3)
        if kind == 2:  # a few leading provinces far ahead (e.g. patents): more than 5 outliers, log transform
            for u in rnd.sample([u for u, _ in units], 7):
                data[u][ind] = round(rnd.uniform(900, 1100), 3)
        if kind in (3, 4):  # one to three planted outliers: winsorised
            for t in range(1 + j % 3):
                u = units[(7 * j + 13 * t) % len(units)][0]
                data[u][ind] = round(data[u][ind] * (8 + 3 * t) if j % 2 == 0 else data[u][ind] * 10, 3)
    for u, _ in units:  # about 4 % missing, not imputed
        for ind in indicators:
            if rnd.random() < 0.04:
                data[u][ind] = None
    for ind in ("P2.1.1", "P2.1.2", "P4.3.1", "P4.3.2"):  # VN-63 misses whole sub-pillars: no score for them
        data["VN-63"][ind] = None
    data["VN-62"]["P7.3.1"] = None
    data["VN-62"]["P7.3.2"] = None
    return nodes, units, indicators, data


def compute(nodes, units, indicators, data):
    children = {}
    for code, parent, *_ in nodes:
        if parent:
            children.setdefault(parent, []).append(code)
    info = {n[0]: n for n in nodes}
    unit_codes = [u for u, _ in units]
    score = {}
    methods = {}
    for ind in indicators:
        values = [data[u][ind] for u in unit_codes]
        treated, method, reversed_ = treat(values)
        methods[ind] = method
        higher = (info[ind][6] != "LOWER") != reversed_
        score[ind] = normalise(treated, higher)

    def node_score(code):
        if code in score:
            return score[code]
        kids = children[code]
        kid_scores = [node_score(k) for k in kids]
        root_io = code == "PII"
        weights = [1.0 if root_io else float(info[k][5] or 1) for k in kids]
        score[code] = [wmean([ks[i] for ks in kid_scores], weights, 0.0 if root_io else MAX_MISSING)
                       for i in range(len(unit_codes))]
        return score[code]

    node_score("PII")
    eff = [None if a is None or b is None or a == 0 else b / a for a, b in zip(score["IN"], score["OUT"])]
    return score, eff, methods


def main():
    nodes, units, indicators, data = build()
    with open(os.path.join(HERE, "framework.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "parent", "kind", "name_vi", "name_en", "weight", "direction", "role"])
        for n in nodes:
            w.writerow(n)
        for u, name in units:
            w.writerow([u, "", "UNIT", name, "", "", "", ""])
    with open(os.path.join(HERE, "data.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unit"] + indicators)
        for u, _ in units:
            w.writerow([u] + ["" if data[u][i] is None else repr(data[u][i]) for i in indicators])
    score, eff, methods = compute(nodes, units, indicators, data)
    aggregates = [n[0] for n in nodes if n[2] != "INDICATOR"]
    with open(os.path.join(HERE, "expected-scores.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unit"] + aggregates + ["efficiency"])
        for i, (u, _) in enumerate(units):
            w.writerow([u] + ["" if score[a][i] is None else f"{score[a][i]:.2f}" for a in aggregates]
                       + ["" if eff[i] is None else f"{eff[i]:.2f}"])
    counts = {m: sum(1 for v in methods.values() if v == m) for m in ("NONE", "WINSORISED", "LOG")}
    print(f"{len(indicators)} indicators, {len(units)} units, treatments {counts}")


if __name__ == "__main__":
    main()
