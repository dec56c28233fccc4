#!/usr/bin/env bash
# How a cold build grows with the size of the site: one cold `kudos build` per size, with the heap
# capped, printing wall time, CPU time, peak memory and the time per profile.
#
#   bench/scale.sh [--sizes "1000 10000 50000 100000"] [--heap 8g]
#
# Cold: an empty output folder and no image cache, and no thousands of files deleted in the 40 s before. The launcher's options are used (C1 JIT, the
# class-data-sharing archive), with -Xmx set to the heap cap: a build that needs more fails with
# OutOfMemoryError instead of being measured. Corpora are generated once under target/bench/ with
# ../shared/bench/gen-corpus.py (100,000 profiles take a few minutes and about 1 GB of disk).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="$here/../shared/bench/gen-corpus.py"
work="$here/target/bench"
sizes="1000 10000 50000 100000"
heap=8g
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    *) echo "usage: bench/scale.sh [--sizes \"1000 10000 50000 100000\"] [--heap 8g]" >&2; exit 2 ;;
  esac
done
[ -f "$gen" ] || { echo "scale: $gen not found (../shared must sit beside the repository)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "scale: needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
"$here/kudos" --version >/dev/null  # builds the jar if the sources changed
mkdir -p "$work"

printf '\n| profiles | wall | CPU (user+sys) | peak memory | wall per 1,000 profiles |\n|---|---|---|---|---|\n'
for n in $sizes; do
  corpus="$work/kudos-$n"
  [ -d "$corpus" ] || python3 "$gen" --profiles "$n" --out "$corpus" --format kudos >&2
  stats="$work/scale-$n.txt"
  if [ ! -f "$here/target/kudos.jsa" ]; then  # the launcher makes its class-data-sharing archive on a first run
    "$here/kudos" build --quiet --source "$corpus" --output "$work/out-scale" --now 2026-11-22 >/dev/null
  fi
  # emptied by moving aside, deleting, then a 40 s pause: see bench.sh on ext4 skipping inodes freed
  # in the last 30 s, which made a build right after `rm -rf` of the previous size's output rescan them
  mkdir -p "$work/trash"
  for old in "$work/out-scale" "$corpus/.kudos-cache"; do [ ! -e "$old" ] || mv "$old" "$work/trash/$(date +%s%N)"; done
  rm -rf "$work/trash"
  sleep 40
  status=0
  KUDOS_JAVA_OPTIONS="-Xmx$heap" /usr/bin/time -f '%e %U %S %M' -o "$stats" \
    "$here/kudos" build --quiet --source "$corpus" --output "$work/out-scale" --now 2026-11-22 \
    >/dev/null 2>"$work/scale-$n.err" || status=$?
  # a refused build (e.g. a private note that the generator's random sentences repeat in public text)
  # still did all the work, so it is measured, and marked; its errors are in scale-N.err
  note=""; [ "$status" -eq 0 ] || note=" (refused: $(grep -c ': error: ' "$work/scale-$n.err") errors)"
  read -r wall user sys peak < <(tail -1 "$stats")
  python3 -c "print('| %s%s | %.1f s | %.1f s | %d MiB | %.2f s |' % ('{:,}'.format($n), '$note', $wall, $user + $sys, $peak / 1024, $wall / $n * 1000))"
done
rm -rf "$work/out-scale"
echo
echo "one cold build per size, heap capped at $heap; $(nproc) cores; $(date -u +%F)"
