#!/usr/bin/env bash
# factdiff over a corpus too large for one run: the map (`factdiff extract
# --no-mentions`, one JSON record per article) runs in shards, the reduce
# (`factdiff compare`) reads every shard's records and prints the report
# `factdiff check` would print over the whole corpus.
#
#   scripts/sharded-check.sh CORPUS_DIR OUT_DIR [SHARD_SIZE] [-- COMPARE_ARGS...]
#
# With Spark (`spark-submit` on PATH and FACTDIFF_SPARK=1) the map is an
# RDD of file paths piped through the binary (`RDD.pipe`), one partition
# per shard; without it, the same map runs locally with `xargs -P`.
# Either way the records land in OUT_DIR/records/ and the report in
# OUT_DIR/report.json (or the format COMPARE_ARGS ask for, on stdout).
#
# The binary must be the same on every worker (same version, same --rules):
# `compare` refuses records whose shingle size differs from its rules'.
set -euo pipefail
corpus=${1:?corpus folder}
out=${2:?output folder}
shard_size=${3:-1000}
shift $(( $# >= 3 ? 3 : $# ))
[ "${1:-}" = "--" ] && shift
compare_args=("$@")
[ ${#compare_args[@]} -eq 0 ] && compare_args=(--format json)
factdiff=${FACTDIFF:-$(command -v factdiff || echo "$(dirname "$0")/../target/release/factdiff")}
factdiff=$(realpath "$factdiff")
mkdir -p "$out/records"
# Articles as check reads them (.txt, .md, .html; no README.md, no dot files).
find "$corpus" -type f \( -iname '*.txt' -o -iname '*.md' -o -iname '*.html' -o -iname '*.htm' \) \
    ! -iname README.md ! -path '*/.*' \
    | sort > "$out/paths.txt"
echo "$(wc -l < "$out/paths.txt") articles, shards of $shard_size" >&2

if [ "${FACTDIFF_SPARK:-0}" = 1 ] && command -v spark-submit > /dev/null; then
    cat > "$out/map.py" <<'PY'
# The map on Spark: each partition's paths go to one `factdiff extract`
# process on stdin-less argv (xargs inside the pipe keeps argv short).
import sys
from pyspark import SparkContext
paths, out, shard_size, factdiff = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sc = SparkContext(appName="factdiff-map")
lines = sc.textFile(paths)
n = max(1, lines.count() // shard_size)
records = lines.repartition(n).pipe(f"xargs -d '\\n' {factdiff} extract --no-mentions")
records.saveAsTextFile(out)
PY
    spark-submit "$out/map.py" "$out/paths.txt" "$out/records/spark" "$shard_size" "$factdiff"
    inputs=("$out"/records/spark/part-*)
else
    # The map locally: one process per shard, one per core at a time.
    split -l "$shard_size" -d -a 6 "$out/paths.txt" "$out/records/shard-"
    ls "$out"/records/shard-?????? | xargs -P "$(nproc)" -I{} \
        sh -c 'xargs -d "\n" "$0" extract --no-mentions < "$1" > "$1.jsonl"' "$factdiff" {}
    inputs=("$out"/records/shard-*.jsonl)
fi

# The reduce: one process over every shard's records.
"$factdiff" compare "${inputs[@]}" "${compare_args[@]}"
