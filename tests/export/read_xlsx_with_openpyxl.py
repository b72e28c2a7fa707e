#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The .xlsx that `shirube-cli report --format xlsx` writes, opened by another reader (openpyxl, Debian's
python3-openpyxl): the four sheets are there, and figures are numbers and dates, not text.

    read_xlsx_with_openpyxl.py SHIRUBE_CLI PROFILE.json OUT_DIR
"""
import datetime
import pathlib
import subprocess
import sys

import openpyxl


def fail(message: str) -> None:
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def main() -> int:
    cli, profile, out_dir = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    out_dir.mkdir(parents=True, exist_ok=True)
    xlsx = out_dir / "roadmap.xlsx"
    run = subprocess.run([cli, "report", profile, "--format", "xlsx", "-o", str(xlsx), "--as-of", "2026-04"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"shirube-cli report exited {run.returncode}: {run.stderr}")
    book = openpyxl.load_workbook(xlsx)
    if book.sheetnames != ["Summary", "Steps", "Milestones", "Consultations"]:
        fail(f"sheets: {book.sheetnames}")

    summary = book["Summary"]
    headers = [c.value for c in summary[1]]
    row = [c.value for c in summary[2]]
    product = row[0]
    if not isinstance(product, str) or not product:
        fail(f"summary product name: {product!r}")
    numbers = {h: v for h, v in zip(headers, row) if h and ("P50" in h or "P80" in h)}
    if not numbers:
        fail(f"no P50/P80 columns in {headers}")
    for header, value in numbers.items():
        if not isinstance(value, (int, float, datetime.datetime)):
            fail(f"summary {header!r} is {type(value).__name__} {value!r}, not a number or a date")

    steps = book["Steps"]
    step_headers = [c.value for c in steps[1]]
    months = step_headers.index("Months likely")
    cost = step_headers.index("Cost likely")
    start = step_headers.index("Start")
    rows = list(steps.iter_rows(min_row=2, values_only=True))
    if not rows:
        fail("no steps")
    for r in rows:
        if not isinstance(r[months], (int, float)) or not isinstance(r[cost], (int, float)):
            fail(f"step {r[2]!r}: months {r[months]!r} / cost {r[cost]!r} are not numbers")
        if not isinstance(r[start], datetime.datetime) or r[start].year < 2026:
            fail(f"step {r[2]!r}: start {r[start]!r} is not a date from the plan's start")
    print(f"ok: {product}: {len(rows)} steps, numbers and dates read back by openpyxl {openpyxl.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
