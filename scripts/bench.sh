#!/usr/bin/env bash
# Throughput and memory of `factdiff check` on a generated folder of N
# articles (default 1000): the five seeds rewritten into N/5 stories (other
# names, other months, small wording changes), so wire-copy detection and
# comparison have real work to do. Prints wall time and peak memory.
#
#   scripts/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$n" "$dir" <<'PY'
import glob, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
names = ["Goïta", "Traoré", "Keïta", "Diallo", "Coulibaly", "Sangaré", "Touré", "Maïga", "Cissé", "Konaté"]
for i in range(n):
    story = i // 5
    t = seeds[i % 5].replace("Goïta", f"{names[story % 10]}{story}").replace("juin", months[story % 12])
    t = t.replace("officielle", random.choice(["officielle", "de travail", "d’État"]))
    open(f"{out}/{i:05d}.txt", "w", encoding="utf-8").write(t)
PY
cargo build --release --quiet
bytes=$(cat "$dir"/*.txt | wc -c)
echo "articles: $n, bytes: $bytes"
/usr/bin/time -f "check: %e s wall, %M KiB peak RSS" ./target/release/factdiff check "$dir" --format json --quiet > /dev/null || true
/usr/bin/time -f "extract: %e s wall, %M KiB peak RSS" ./target/release/factdiff extract "$dir" > /dev/null || true
