#!/usr/bin/env bash
# Size of release binaries and the wall time of `isnad check` on the bundled sample, for the
# figures in docs/install.md. Usage: scripts/release_figures.sh BINARY... (run from the
# repository root; each binary is timed RUNS times, default 30, after 3 warm-up runs).
set -euo pipefail
runs=${RUNS:-30}
for bin in "$@"; do
  size=$(stat -c %s "$bin")
  for _ in 1 2 3; do "$bin" check corpus/samples/salma --format json >/dev/null; done
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" check corpus/samples/salma --format json >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  min=$(echo "$sorted" | head -1)
  printf '%s\t%d bytes (%.1f MB)\tcheck on the sample: median %.1f ms, min %.1f ms (%d runs)\n' \
    "$bin" "$size" "$(echo "$size / 1048576" | bc -l)" "$(echo "$median / 1000" | bc -l)" \
    "$(echo "$min / 1000" | bc -l)" "$runs"
done
