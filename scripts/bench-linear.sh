#!/usr/bin/env bash
# Linear time on any line (issue: "never exhaust"): check, names and score on a 1, 4 and 16 MB
# source written on one line against the same text in lines, and check on a report of 10k and
# 100k paragraphs. Inputs are built from the bundled sample in a temporary directory.
# Usage: scripts/bench-linear.sh [SIZES]   (default "1 4 16"; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/isnad"
sample="$PWD/corpus/samples/salma"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes="${1:-1 4 16}"
python3 - "$sample" "$work" $sizes <<'PY'
import random, sys
sample, work, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
random.seed(1)
def lines_of(path, skip_headings=False):
    out = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    return [l for l in out if not (skip_headings and l.startswith("#"))]
ar = lines_of(f"{sample}/sada-alahrar.ar.txt")
en = lines_of(f"{sample}/report.en.md", skip_headings=True)
for mb in sizes:
    for lang, pool in (("ar", ar), ("en", en)):
        picked, size = [], 0
        while size < mb * 1024 * 1024:
            line = random.choice(pool)
            picked.append(line)
            size += len(line.encode()) + 1
        open(f"{work}/lines{mb}.{lang}.txt", "w").write("\n".join(picked) + "\n")
        open(f"{work}/one{mb}.{lang}.txt", "w").write(" ".join(picked) + "\n")
for n in (10_000, 100_000):
    open(f"{work}/report{n}.en.md", "w").write("\n\n".join(random.choice(en) for _ in range(n)) + "\n")
PY
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
printf '| command | MB | in lines (s) | one line (s) | ratio |\n|---|---|---|---|---|\n'
for mb in $sizes; do
  for cmd in check names names-arabic score; do
    run() {
      case $cmd in
        check) seconds "$bin" check "$sample/report.en.md" --source "$work/$1$mb.ar.txt=X" --format json --fail-on never ;;
        names) seconds "$bin" names "$work/$1$mb.en.txt" ;;
        names-arabic) seconds "$bin" names "$sample/report.en.md" --arabic "$work/$1$mb.ar.txt" ;;
        score) seconds "$bin" score "$work/$1$mb.ar.txt" "$sample/report.en.md" ;;
      esac
    }
    a=$(run lines); b=$(run one)
    printf '| %s | %s | %s | %s | %.2f |\n' "$cmd" "$mb" "$a" "$b" "$(echo "$b / $a" | bc -l)"
  done
done
printf '\n| check, report of | seconds |\n|---|---|\n'
for n in 10000 100000; do
  printf '| %s paragraphs | %s |\n' "$n" "$(seconds "$bin" check "$work/report$n.en.md" --source "$sample/sada-alahrar.ar.txt=X" --source "$sample/sahel-tv.ar.txt=Y" --format json --fail-on never)"
done
