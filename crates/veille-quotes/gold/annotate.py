#!/usr/bin/env python3
"""Converts reading notes into gold offsets (dev.jsonl) without storing article text.

Notes format (kept outside the repository, since it quotes the articles):
    ## <article id>
    <D|I|M> | <content text> | <speaker text or -> | <person|organisation|anonymous|unknown> [@n]
`@n` picks the n-th occurrence of the content text; a speaker text ending in ` @n` (inside
its field: `le maire @2`) picks the n-th occurrence of the speaker text, else the first one.
Every text must occur in the article.

    python3 crates/veille-quotes/gold/annotate.py NOTES ../shared/data/corpus/orangesum-3000.jsonl \
        > crates/veille-quotes/gold/dev.jsonl
"""
import hashlib, json, sys

HELDOUT = {"11145", "1681", "829", "32144", "2896"}
# second blind set (notes file 2): run with SPLIT=blind2 in the environment
import os
DEFAULT_SPLIT = os.environ.get("SPLIT", "dev")
KINDS = {"D": "direct", "I": "indirect", "M": "mixed"}

def find(text, needle, nth=1):
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos

def main(notes, corpus):
    arts = {}
    for line in open(corpus, encoding="utf-8"):
        a = json.loads(line)
        arts[a["id"]] = a["article"]
    out, cur, errors = [], None, 0
    for raw in open(notes, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if raw.startswith("## "):
            aid = raw[3:].strip()
            text = arts[aid]
            cur = {"id": aid, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   "split": "heldout" if aid in HELDOUT else DEFAULT_SPLIT, "quotes": []}
            out.append(cur)
            continue
        if not raw.strip():
            continue
        parts = [p.strip() for p in raw.split(" | ")]
        kind, content, speaker, skind = parts[0], parts[1], parts[2], parts[3]
        nth = 1
        if " @" in skind:
            skind, n = skind.split(" @")
            nth = int(n)
        text = arts[cur["id"]]
        s = find(text, content, nth)
        if s is None:
            print(f"content not found in {cur['id']}: {content[:60]!r}", file=sys.stderr)
            errors += 1
            continue
        sp = None
        if speaker != "-":
            snth = 1
            if " @" in speaker and speaker.rsplit(" @", 1)[1].isdigit():
                speaker, n = speaker.rsplit(" @", 1)
                snth = int(n)
            p = find(text, speaker, snth)
            p = -1 if p is None else p
            if p < 0:
                print(f"speaker not found in {cur['id']}: {speaker!r}", file=sys.stderr)
                errors += 1
                continue
            sp = [p, p + len(speaker)]
        cur["quotes"].append({"kind": KINDS[kind], "content": [s, s + len(content)],
                              "speaker": {"kind": skind, "span": sp}})
    for a in out:
        a["quotes"].sort(key=lambda q: q["content"])
        print(json.dumps(a, ensure_ascii=False))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
