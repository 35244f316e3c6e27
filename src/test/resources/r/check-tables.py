"""Loads every CSV given on the command line with pandas.read_csv, no options, and checks the types
negsim promises: TRUE/FALSE columns bool (object with NaN where a cell is empty), count columns
int64 when no cell is empty, seeds exact. Prints one line per problem and exits 1 if any."""
import csv
import sys

import pandas as pd

problems = []
for f in sys.argv[1:]:
    df = pd.read_csv(f)
    with open(f, newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    for col in ("executed", "success", "member"):
        if col in df.columns and df[col].dtype != bool:
            problems.append(f"{f}: pandas reads {col} as {df[col].dtype}")
    for col in ("run", "point", "replicate", "round"):
        if col in df.columns and str(df[col].dtype) != "int64":
            problems.append(f"{f}: pandas reads {col} as {df[col].dtype}")
    if "seed" in df.columns:
        if str(df["seed"].dtype) != "int64" or [str(v) for v in df["seed"]] != [r["seed"] for r in raw]:
            problems.append(f"{f}: pandas does not hold the seeds exactly")
    print("checked", f, len(df), "rows")
if problems:
    print("\n".join(problems))
    sys.exit(1)
