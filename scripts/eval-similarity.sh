#!/usr/bin/env bash
# Evaluation of the similarity score on NTREX-128 (not part of `cargo test`): installs the FreeDict
# Arabic-English dictionary (Debian package dict-freedict-ara-eng) for set-up (c), then runs the
# evaluation example. Usage: scripts/eval-similarity.sh [DATA_DIR]   (default ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -e /usr/share/dictd/freedict-ara-eng.index ]; then
  apt-get update -qq && apt-get install -y -qq dict-freedict-ara-eng >/dev/null
fi
cargo run --release --quiet --example eval_similarity -- "${1:-../shared/data}"
