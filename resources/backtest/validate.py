#!/usr/bin/env python3
"""Check every back-test case file and print months start -> approved.

Usage: python3 resources/backtest/validate.py [--markdown]
Exit status 1 if any file has a problem.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
RULESET = os.path.join(HERE, "..", "ruleset", "jp-pmd.json")

TOP_KEYS = ["name", "company", "procedure", "class", "start", "start_event",
            "milestones", "notes", "profile"]
PROCEDURES = {"approval", "certification", "notification"}
REVIEW = {"new", "improved_clinical", "improved_nonclinical", "generic"}
START_EVENTS = {"filed", "trial_start", "study_start", "development_start"}
MILESTONES = START_EVENTS | {"approved", "insurance_listed"}
CONFIDENCE = {"sourced", "seed", "known"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def months(a, b):
    ya, ma = int(a[:4]), int(a[5:7])
    yb, mb = int(b[:4]), int(b[5:7])
    return (yb - ya) * 12 + (mb - ma)


def enums():
    try:
        with open(RULESET, encoding="utf-8") as f:
            qs = json.load(f)["questions"]
    except (OSError, KeyError, ValueError):
        return {}
    return {q["path"]: set(q["values"]) for q in qs if q.get("values")}


def get(obj, path):
    for part in path.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return None
        obj = obj[part]
    return obj


def check(path, allowed):
    errs = []
    with open(path, encoding="utf-8") as f:
        c = json.load(f)
    for k in TOP_KEYS:
        if k not in c:
            errs.append("missing key " + k)
    if errs:
        return c, None, errs
    if c["procedure"] not in PROCEDURES:
        errs.append("bad procedure")
    if c["class"] not in (1, 2, 3, 4):
        errs.append("bad class")
    if "review_category" in c and c["review_category"] not in REVIEW:
        errs.append("bad review_category")
    if c["start_event"] not in START_EVENTS:
        errs.append("bad start_event")
    if not DATE.match(c["start"]):
        errs.append("bad start date")
    ms = c["milestones"]
    for k, m in ms.items():
        if k not in MILESTONES:
            errs.append("unknown milestone " + k)
        if not DATE.match(str(m.get("date", ""))):
            errs.append(k + ": bad date")
        if not m.get("source"):
            errs.append(k + ": no source")
        if m.get("confidence") not in CONFIDENCE:
            errs.append(k + ": bad confidence")
    if "approved" not in ms:
        errs.append("no approved milestone")
        return c, None, errs
    if c["start_event"] in ms and ms[c["start_event"]]["date"][:7] != c["start"][:7]:
        errs.append("start differs from milestones." + c["start_event"])
    if c["start_event"] not in ms:
        errs.append("start_event has no milestone")
    n = months(c["start"], ms["approved"]["date"])
    if n <= 0:
        errs.append("approved not after start")
    if "filed" in ms and months(ms["filed"]["date"], ms["approved"]["date"]) < 0:
        errs.append("filed after approved")
    p = c["profile"]
    if p.get("schema") != "shirube.profile/1":
        errs.append("profile.schema")
    for k in ("target_date", "budget_jpy"):
        if k in p or k in p.get("goals", {}):
            errs.append("profile must not set " + k)
    for qpath, vals in allowed.items():
        v = get(p, qpath)
        if v is not None and str(v) not in vals:
            errs.append("profile.%s=%r not allowed" % (qpath, v))
    if p.get("markets") != ["JP"]:
        errs.append("profile.markets must be [\"JP\"]")
    if c["start_event"] == "filed":
        if p.get("stage") != "submission":
            errs.append("filed start needs stage submission")
        if not get(p, "progress.dossier_written"):
            errs.append("filed start needs progress.dossier_written")
    if get(p, "goals.insurance_coverage") and "insurance_listed" not in ms:
        errs.append("insurance_coverage without insurance_listed")
    return c, n, errs


def main():
    allowed = enums()
    bad = 0
    rows = []
    for fn in sorted(os.listdir(CASES)):
        if not fn.endswith(".json"):
            continue
        try:
            c, n, errs = check(os.path.join(CASES, fn), allowed)
        except ValueError as e:
            c, n, errs = {}, None, ["JSON: %s" % e]
        if errs:
            bad += 1
            print("FAIL %s: %s" % (fn, "; ".join(errs)))
        rows.append((fn[:-5], c, n))
    counts = {}
    for _, c, _ in rows:
        kind = c.get("procedure", "?")
        if c.get("profile", {}).get("kind") == "ivd":
            kind += " (ivd)"
        counts[kind] = counts.get(kind, 0) + 1
    if "--markdown" in sys.argv:
        for slug, c, n in rows:
            print("| %s | %s / %s | %s %s | %s |" % (
                slug, c.get("procedure"), c.get("class"),
                c.get("start_event"), c.get("start"), n))
    else:
        for slug, c, n in rows:
            print("%-48s %-13s cls %s %-17s %s -> %s  %s months" % (
                slug, c.get("procedure"), c.get("class"), c.get("start_event"),
                c.get("start"), c.get("milestones", {}).get("approved", {}).get("date"), n))
    print("cases: %d, failing: %d, by procedure: %s" % (len(rows), bad, counts))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
