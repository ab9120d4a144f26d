#!/usr/bin/env bash
# Runs the fuzz targets (docs/fuzzing.md) in release mode, each for MINUTES minutes (default 10):
# runs of the target with fresh seeds one after another until its time is up, counting cases.
# Stops at the first failure and prints it (the seed that replays it and the shrunk input).
#
#   scripts/fuzz.sh [MINUTES] [TARGET…]      e.g. scripts/fuzz.sh 1 tmx ladder
#
# MINUTES may be a decimal (0.5). Targets: see ALL below (default: all of them). Honours
# CARGO_TARGET_DIR; ISNAD_FUZZ_RUN_SECONDS sets how long one run aims to take (default 20).
set -euo pipefail

ALL=(markdown_mask markdown_segment html_mask html_segment tmx lexicon_tsv dictd gazetteer_csv
    gazetteer_geonames house_style ladder project decode manifest)
# The manifest reader is private to the binary: its target is a test of the bin crate.
MANIFEST_TEST=cmd::align::batch::tests::fuzz::manifest_rows_are_sound

minutes=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL[@]}")
for t in "${targets[@]}"; do
    if [[ ! " ${ALL[*]} " == *" $t "* ]]; then
        echo "fuzz.sh: unknown target '$t' (targets: ${ALL[*]})" >&2
        exit 2
    fi
done
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); if (s < 1) exit 1; print s }') || {
    echo "fuzz.sh: MINUTES must be a positive number, got '$minutes'" >&2
    exit 2
}
run_seconds=${ISNAD_FUZZ_RUN_SECONDS:-20}

cd "$(dirname "$0")/.."
export RUST_BACKTRACE=0

executable() { # cargo test arguments → the test executable
    cargo test --release "$@" --no-run --message-format=json 2>/dev/null |
        grep -o '"executable":"[^"]*"' | tail -n 1 | cut -d'"' -f4
}
echo "building the fuzz targets (release)…" >&2
cargo test --release -p isnad --test fuzz_readers --no-run >&2
lib_exe=$(executable -p isnad --test fuzz_readers)
bin_exe=""
if [[ " ${targets[*]} " == *" manifest "* ]]; then
    cargo test --release --bin isnad --no-run >&2
    bin_exe=$(executable --bin isnad)
fi

now_ms() { date +%s%3N; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
summary=()
for target in "${targets[@]}"; do
    if [ "$target" = manifest ]; then
        cmd=("$bin_exe" --exact "$MANIFEST_TEST" --nocapture --test-threads 1)
    else
        cmd=("$lib_exe" --exact "$target" --nocapture --test-threads 1)
    fi
    start=$(now_ms)
    deadline=$((start + seconds * 1000))
    chunk=200 cases=0 runs=0
    while :; do
        left=$((deadline - $(now_ms)))
        [ "$left" -gt 500 ] || break
        t0=$(now_ms)
        if ! ISNAD_FUZZ_CASES=$chunk timeout $((left / 1000 + 300)) "${cmd[@]}" >"$log" 2>&1; then
            echo "fuzz.sh: $target FAILED after $cases cases in $runs runs:" >&2
            grep -v '^\s*$' "$log" | grep -v '^running \|^test result\|^failures:\|^    ' | tail -n 30 >&2
            [ "$(grep -c . "$log")" -gt 0 ] || echo "(no output: timed out or killed)" >&2
            exit 1
        fi
        took=$(($(now_ms) - t0))
        cases=$((cases + chunk))
        runs=$((runs + 1))
        # The next run takes about run_seconds, and not much past the deadline.
        left=$((deadline - $(now_ms)))
        aim=$((run_seconds * 1000 < left ? run_seconds * 1000 : left))
        chunk=$((chunk * aim / (took > 0 ? took : 1)))
        [ "$chunk" -ge 10 ] || chunk=10
    done
    took_s=$(((($(now_ms) - start)) / 1000))
    line=$(printf '%-20s %10d cases %5d runs %6d s  ok' "$target" "$cases" "$runs" "$took_s")
    echo "$line"
    summary+=("$line")
done
echo
echo "fuzz.sh: all ${#targets[@]} targets passed ($minutes min each):"
printf '  %s\n' "${summary[@]}"
