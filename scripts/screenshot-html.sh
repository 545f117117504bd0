#!/usr/bin/env bash
# Render factdiff's HTML report of seeds/ in headless Chromium and save a PNG.
#
#   scripts/screenshot-html.sh [OUT.png]          # default: target/report.png
#   HTML=some/report.html scripts/screenshot-html.sh out.png   # screenshot a given page
#
# Needs Debian's `chromium` (apt-get install -y chromium). The page is
# self-contained, so Chromium runs with networking features off; the flags
# below also keep it from phoning home. --no-sandbox is needed when run as root
# (containers, CI).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/target/report.png}"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [[ -z "$chromium" ]]; then
    echo "screenshot-html.sh: chromium not found (apt-get install -y chromium)" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "${HTML:-}" ]]; then
    cp "$HTML" "$work/report.html"
else
    (cd "$root" && cargo build --quiet)
    # --exit-zero: conflicts are expected in seeds/; exit 2 (tool trouble) still stops us.
    (cd "$root" && target/debug/factdiff check seeds/ --format html --exit-zero --quiet) \
        > "$work/report.html"
fi

mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$work/profile" \
    --screenshot="$out_abs" --window-size=1280,2000 \
    "file://$work/report.html" 2> "$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    exit 2
}
if [[ ! -s "$out_abs" ]]; then
    cat "$work/chromium.log" >&2
    echo "screenshot-html.sh: no screenshot written" >&2
    exit 2
fi
echo "$out_abs"
