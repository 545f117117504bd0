#!/usr/bin/env bash
# Throughput and peak memory of a release `factdiff check`, on generated
# input (scripts/gen-corpus.py: the five seeds rewritten, deterministic).
#
#   scripts/bench.sh [CASE...]
#
# A CASE is `articles:N` (a folder of N articles, N/5 stories with wire
# copy and conflicts) or `article:MB` (one article of MB megabytes: the
# seeds' stories one after another). Default: articles:1000 articles:5000
# article:1. The full table of the README:
#
#   scripts/bench.sh articles:1000 articles:5000 articles:20000 article:1 article:5 article:50
#   scripts/bench.sh articles:50000      # long: run it alone, once
#
# Each case prints one line: input size, wall time, CPU time (user+sys,
# both cores), MB/s (input bytes over wall time) and peak RSS. The machine
# is shared: wall time depends on what else runs (see `uptime`), CPU time
# much less. A plain number N is read as articles:N (the old interface).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(articles:1000 articles:5000 article:1)
cargo build --release --quiet
bin=./target/release/factdiff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-16s %10s %9s %9s %8s %10s\n' case bytes wall_s cpu_s MB/s peak_MB
for c in "${cases[@]}"; do
    [[ $c =~ ^[0-9]+$ ]] && c="articles:$c"
    kind=${c%%:*}
    n=${c#*:}
    case $kind in
        articles)
            input="$work/articles-$n"
            python3 scripts/gen-corpus.py articles "$n" "$input"
            bytes=$(find "$input" -type f -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
            ;;
        article)
            input="$work/article-$n.txt"
            python3 scripts/gen-corpus.py article "$((n * 1000000))" "$input"
            bytes=$(stat -c %s "$input")
            ;;
        *)
            echo "unknown case $c (articles:N or article:MB)" >&2
            exit 2
            ;;
    esac
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        "$bin" check "$input" --format json --quiet > /dev/null 2> "$work/stderr" || true
    read -r wall user sys rss < <(tail -1 "$work/time")
    awk -v c="$c" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
        printf "%-16s %10d %9.2f %9.2f %8.2f %10.0f\n", c, b, w, u + s, (w > 0 ? b / 1e6 / w : 0), r / 1024
    }'
    rm -rf "$input"
done
