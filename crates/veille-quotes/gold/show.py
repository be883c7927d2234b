#!/usr/bin/env python3
"""Prints articles of the corpus for an annotator: `python3 show.py ID...`.

Each article as "=== ID (N chars)" and its text, exactly as stored (offsets in the
annotations count characters of this text). The corpus is ../shared/data/corpus/
orangesum-3000.jsonl unless VEILLE_CORPUS names another file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("VEILLE_CORPUS", os.path.join(
    HERE, "..", "..", "..", "..", "shared", "data", "corpus", "orangesum-3000.jsonl"))


def main():
    wanted = sys.argv[1:]
    found = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if str(a["id"]) in wanted:
                found[str(a["id"])] = a["article"]
    for aid in wanted:
        if aid not in found:
            print(f"=== {aid}: not in {CORPUS}", file=sys.stderr)
            continue
        print(f"=== {aid} ({len(found[aid])} chars)\n{found[aid]}\n")


if __name__ == "__main__":
    main()
