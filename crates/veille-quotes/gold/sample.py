#!/usr/bin/env python3
"""Draws a blind round of articles for quote annotation.

    python3 sample.py SEED N [--min-len 600] [--max-len 3000] [--min-marks 4]

Prints N article ids of ../shared/data/corpus/orangesum-3000.jsonl (one per line), drawn
with random.Random(SEED) among the articles whose text has between --min-len and --max-len
characters and at least --min-marks quotation marks (" « » “ ”), leaving out every article
already in dev.jsonl. Prints the pool size on stderr: when it is smaller than N, widen the
rule and say so in GUIDELINES.md. Run from crates/veille-quotes/gold or give --corpus.

Committed in session 18: the draws of sessions 1-17 used scripts kept outside the
repository (lost with their checkouts); this one follows the same rule, but its order of
draw may differ from theirs for the same seed.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARKS = '"«»“”'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int)
    ap.add_argument("--min-len", type=int, default=600)
    ap.add_argument("--max-len", type=int, default=3000)
    ap.add_argument("--min-marks", type=int, default=4)
    ap.add_argument("--corpus", default=os.path.join(
        HERE, "..", "..", "..", "..", "shared", "data", "corpus", "orangesum-3000.jsonl"))
    args = ap.parse_args()
    with open(os.path.join(HERE, "dev.jsonl"), encoding="utf-8") as f:
        seen = {json.loads(line)["id"] for line in f if line.strip()}
    pool = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            aid, text = str(a["id"]), a["article"]
            marks = sum(text.count(m) for m in MARKS)
            if (aid not in seen and args.min_len <= len(text) <= args.max_len
                    and marks >= args.min_marks):
                pool.append(aid)
    print(f"pool: {len(pool)} articles", file=sys.stderr)
    pool.sort(key=int)
    for aid in random.Random(args.seed).sample(pool, min(args.n, len(pool))):
        print(aid)


if __name__ == "__main__":
    main()
