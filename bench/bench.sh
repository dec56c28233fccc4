#!/usr/bin/env bash
# Times `kudos build` against Hugo on the same generated corpus, cold (empty output folder), interleaved
# rounds of hyperfine runs.
#
# An output folder is emptied by moving it aside (to target/bench/trash, deleted after each size,
# followed by a 40 s pause), not by deleting it just before the run: on ext4 without a journal (this
# machine's disk) the kernel skips inodes freed in the last 30 s when it allocates new ones, so a
# build started right after `rm -rf` of a previous output (and image cache) rescans thousands of freed
# inodes for every file it creates. That cost grows with the product of the files deleted and the
# files created, so it punished the tool that writes more files most (Kudos: 4,473 files and 1,259
# folders at 1,000 profiles, Hugo: 1,782 and 1,182), and it is the harness's doing, not the tool's.
#
#   bench/bench.sh [--sizes "1000 10000"] [--runs 5] [--profile SIZE]
#
# Needs: python3, hyperfine and hugo (Debian: apt-get install -y hyperfine hugo), and ../shared/bench
# beside this repository. Prints a table of medians, the Kudos/Hugo ratio, the time of a rebuild
# with nothing changed against a cold build, and peak memory. The moved-aside outputs of one size
# stay on disk until its rounds end (about 25 GB at 10,000 profiles and 5 runs).
# --profile SIZE records a Java Flight Recording of one Kudos build (target/bench/kudos-SIZE.jfr)
# and prints the hottest methods and where each stage starts (KUDOS_TIMING=1).
set -euo pipefail
name=bench
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sizes="1000 10000"
runs=5
profile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    *) echo "usage: bench/bench.sh [--sizes \"1000 10000\"] [--runs N] [--profile SIZE]" >&2; exit 2 ;;
  esac
done
needs python3 hyperfine hugo java
(cd "$here" && mvn -q -B -DskipTests package)
write_aside
empty_trash() {  # deletes what was moved aside, then waits until ext4 no longer skips the freed inodes
  rm -rf "$work/trash"
  sleep 40
}

if [ -n "$profile" ]; then
  src="$(corpus "$profile" kudos)"
  "$aside" "$work/out-k"
  KUDOS_TIMING=1 java -XX:StartFlightRecording=filename="$work/kudos-$profile.jfr",settings=profile \
    -jar "$jar" build --quiet --source "$src" --output "$work/out-k" --now 2026-11-22
  jfr print --events jdk.ExecutionSample "$work/kudos-$profile.jfr" \
    | grep -A1 'stackTrace = \[' | grep -v -e 'stackTrace' -e '^--' | sed 's/line:.*//' \
    | sort | uniq -c | sort -rn | head -25
  exit 0
fi

printf '\n| profiles | Kudos cold (java -jar) | Kudos cold (./kudos) | Kudos, image cache warm (./kudos) | Kudos, nothing changed (./kudos) | Hugo | cold java -jar / Hugo | cold ./kudos / Hugo | warm cache / Hugo | nothing changed / cold ./kudos | peak MiB Kudos cold java -jar / ./kudos / Hugo |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  k="$(corpus "$n" kudos)"
  h="$(corpus "$n" hugo)"
  "$here/kudos" build --quiet --source "$k" --output "$work/warm" --now 2026-11-22 >/dev/null  # creates the CDS archive
  rm -f "$work"/h-"$n"-*.json
  "$aside" "$work/out-k" "$work/out-h" "$work/warm"
  empty_trash
  cold="$aside $work/out-k $k/.kudos-cache"   # cold: no output and no image cache (share cards, resized logos)
  kudos_jar="java -jar $jar build --quiet --source $k --output $work/out-k --now 2026-11-22"
  kudos_sh="$here/kudos build --quiet --source $k --output $work/out-k --now 2026-11-22"
  hugo_cmd="hugo --quiet -s $h -d $work/out-h"
  # hyperfine times one run of each command per round; rounds interleave them (A B C D E A B C D E ...).
  # The third command runs right after the second, so it finds the image cache the second filled;
  # the fourth right after the third, into the same folder with nothing changed.
  for round in $(seq 0 "$runs"); do
    out="$work/h-$n-$round.json"; [ "$round" = 0 ] && out="$work/warmup.json"
    hyperfine -N -r 1 --export-json "$out" \
      -p "$cold" -p "$cold" -p "$aside $work/out-k" -p true -p "$aside $work/out-h" \
      "$kudos_jar" "$kudos_sh" "$kudos_sh" "$kudos_sh" "$hugo_cmd" >/dev/null
  done
  read -r jm lm cm um hm < <(python3 -c "
import json, glob, statistics as s
rounds = [json.load(open(f))['results'] for f in sorted(glob.glob('$work/h-$n-*.json'))]
print(*[s.median(r[i]['times'][0] for r in rounds) for i in range(5)])")
  "$aside" "$work/out-k" "$work/out-h" "$k/.kudos-cache"
  km=$( { /usr/bin/time -f %M java -jar "$jar" build --quiet --source "$k" --output "$work/out-k" --now 2026-11-22 >/dev/null; } 2>&1 | tail -1)
  "$aside" "$work/out-k" "$k/.kudos-cache"
  lmem=$( { /usr/bin/time -f %M "$here/kudos" build --quiet --source "$k" --output "$work/out-k" --now 2026-11-22 >/dev/null; } 2>&1 | tail -1)
  hmem=$( { /usr/bin/time -f %M hugo --quiet -s "$h" -d "$work/out-h" >/dev/null; } 2>&1 | tail -1)
  "$aside" "$work/out-k" "$work/out-h" "$k/.kudos-cache"
  python3 -c "print('| %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %.2fx | %.2fx | %.2fx | %.2fx | %d / %d / %d |' % ('$n', $jm, $lm, $cm, $um, $hm, $jm/$hm, $lm/$hm, $cm/$hm, $um/$lm, $km/1024, $lmem/1024, $hmem/1024))"
done
rm -rf "$work/trash"
echo
echo "medians of $runs runs each (rounds interleave the five commands; one warm-up round); $(nproc) cores; $(date -u +%F)"
