#!/usr/bin/env bash
# Times `kudos build` against Hugo on the same generated corpus, cold (empty output folder), interleaved
# rounds of hyperfine runs.
#
#   bench/bench.sh [--sizes "1000 10000"] [--runs 5] [--profile SIZE]
#
# Needs: python3, hyperfine and hugo (Debian: apt-get install -y hyperfine hugo), and ../shared/bench
# beside this repository. Prints a table of medians, the Kudos/Hugo ratio and peak memory.
# --profile SIZE records a Java Flight Recording of one Kudos build (target/bench/kudos-SIZE.jfr)
# and prints the hottest methods and where each stage starts (KUDOS_TIMING=1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="$here/../shared/bench/gen-corpus.py"
work="$here/target/bench"
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
for tool in python3 hyperfine hugo java; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install -y hyperfine hugo)" >&2; exit 2; }
done
[ -f "$gen" ] || { echo "bench: $gen not found (../shared must sit beside the repository)" >&2; exit 2; }
(cd "$here" && mvn -q -B -DskipTests package)
jar="$here/target/kudos.jar"
mkdir -p "$work"

corpus() {  # corpus SIZE FORMAT -> folder
  local dir="$work/$2-$1"
  [ -d "$dir" ] || python3 "$gen" --profiles "$1" --out "$dir" --format "$2" >&2
  echo "$dir"
}

if [ -n "$profile" ]; then
  src="$(corpus "$profile" kudos)"
  rm -rf "$work/out-k"
  KUDOS_TIMING=1 java -XX:StartFlightRecording=filename="$work/kudos-$profile.jfr",settings=profile \
    -jar "$jar" build --quiet --source "$src" --output "$work/out-k" --now 2026-11-22
  jfr print --events jdk.ExecutionSample "$work/kudos-$profile.jfr" \
    | grep -A1 'stackTrace = \[' | grep -v -e 'stackTrace' -e '^--' | sed 's/line:.*//' \
    | sort | uniq -c | sort -rn | head -25
  exit 0
fi

printf '\n| profiles | Kudos cold (java -jar) | Kudos cold (./kudos) | Kudos, image cache warm (./kudos) | Hugo | cold java -jar / Hugo | cold ./kudos / Hugo | warm cache / Hugo | peak MiB Kudos cold java -jar / ./kudos / Hugo |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  k="$(corpus "$n" kudos)"
  h="$(corpus "$n" hugo)"
  "$here/kudos" build --quiet --source "$k" --output "$work/warm" --now 2026-11-22 >/dev/null  # creates the CDS archive
  rm -f "$work"/h-"$n"-*.json
  cold="rm -rf $work/out-k $k/.kudos-cache"   # cold: no output and no image cache (share cards, resized logos)
  kudos_jar="java -jar $jar build --quiet --source $k --output $work/out-k --now 2026-11-22"
  kudos_sh="$here/kudos build --quiet --source $k --output $work/out-k --now 2026-11-22"
  hugo_cmd="hugo --quiet -s $h -d $work/out-h"
  # hyperfine times one run of each command per round; rounds interleave them (A B C D A B C D ...).
  # The third command runs right after the second, so it finds the image cache the second filled.
  for round in $(seq 0 "$runs"); do
    out="$work/h-$n-$round.json"; [ "$round" = 0 ] && out="$work/warmup.json"
    hyperfine -N -r 1 --export-json "$out" \
      -p "$cold" -p "$cold" -p "rm -rf $work/out-k" -p "rm -rf $work/out-h" \
      "$kudos_jar" "$kudos_sh" "$kudos_sh" "$hugo_cmd" >/dev/null
  done
  read -r jm lm cm hm < <(python3 -c "
import json, glob, statistics as s
rounds = [json.load(open(f))['results'] for f in sorted(glob.glob('$work/h-$n-*.json'))]
print(*[s.median(r[i]['times'][0] for r in rounds) for i in range(4)])")
  rm -rf "$work/out-k" "$work/out-h" "$k/.kudos-cache"
  km=$( { /usr/bin/time -f %M java -jar "$jar" build --quiet --source "$k" --output "$work/out-k" --now 2026-11-22 >/dev/null; } 2>&1 | tail -1)
  rm -rf "$work/out-k" "$k/.kudos-cache"
  lmem=$( { /usr/bin/time -f %M "$here/kudos" build --quiet --source "$k" --output "$work/out-k" --now 2026-11-22 >/dev/null; } 2>&1 | tail -1)
  hmem=$( { /usr/bin/time -f %M hugo --quiet -s "$h" -d "$work/out-h" >/dev/null; } 2>&1 | tail -1)
  python3 -c "print('| %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2fx | %.2fx | %.2fx | %d / %d / %d |' % ('$n', $jm, $lm, $cm, $hm, $jm/$hm, $lm/$hm, $cm/$hm, $km/1024, $lmem/1024, $hmem/1024))"
done
echo
echo "medians of $runs runs each (rounds interleave the four commands; one warm-up round); $(nproc) cores; $(date -u +%F)"
