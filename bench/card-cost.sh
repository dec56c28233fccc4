#!/usr/bin/env bash
# The floor that share cards put under a cold `kudos build`, against Hugo's whole build of the same
# corpus, measured in the same run.
#
#   bench/card-cost.sh [--sizes "1000 10000"] [--runs 5]
#
# A cold build (no image cache) draws and PNG-encodes one 1200x630 card per published profile.
# CardBench (in the test tree) makes the corpus's cards, SVG logos included, on one thread, as the
# build does: it prints the CPU per card over the first 900 (the JIT still warming up, as in a cold
# build) and after them (steady). It runs with the launcher's build options (C1, the quick JIT) and
# with the full JIT (C2, the best the JVM does). The floor is cards x steady C2 time / cores: the
# build can be no faster than that even if everything else took no time at all. Hugo's corpus
# draws no images. Needs python3, hyperfine and hugo, and ../shared/bench beside this repository;
# corpora are kept under target/bench/ as bench.sh keeps them.
set -euo pipefail
name=card-cost
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sizes="1000 10000"
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bench/card-cost.sh [--sizes \"1000 10000\"] [--runs N]" >&2; exit 2 ;;
  esac
done
needs python3 hyperfine hugo java
(cd "$here" && mvn -q -B -DskipTests package)
write_aside

card_times() {  # card_times CONTENT JAVA_OPTIONS... -> "FIRST STEADY": CPU ms per card over the first 900 and after
  local times
  times=$(java "${@:2}" -cp "$jar:$here/target/test-classes" io.github.kudos.card.CardBench "$1" 3000 900 \
    | sed -n 's/^cpu: first \([0-9.]*\) ms\/card; after: \([0-9.]*\) ms\/card$/\1 \2/p')
  [ -n "$times" ] || { echo "card-cost: CardBench printed no card times for $1" >&2; exit 1; }
  echo "$times"
}

cores=$(nproc)
printf '\n| profiles | cards | ms/card, C1, first 900 | ms/card, C1, steady | ms/card, C2, steady | card floor on %s cores (C2) | Hugo, whole build | target | card floor / target |\n' "$cores"
printf '|---|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  k="$(corpus "$n" kudos)"
  h="$(corpus "$n" hugo)"
  rm -rf "$work/cards-$n"
  java -jar "$jar" build --quiet --source "$k" --output "$work/cards-$n" --now 2026-11-22 >/dev/null
  cards=$(find "$work/cards-$n" -name card.png | wc -l)
  quick=$(card_times "$k/content" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m)
  full=$(card_times "$k/content" -XX:+UseParallelGC)
  read -r c1first c1 <<< "$quick"
  read -r _ c2 <<< "$full"
  hyperfine -N -w 1 -r "$runs" --export-json "$work/card-cost-hugo-$n.json" -p "$aside $work/out-h" \
    "hugo --quiet -s $h -d $work/out-h" >/dev/null
  hugo=$(python3 -c "import json, statistics; print(statistics.median(json.load(open('$work/card-cost-hugo-$n.json'))['results'][0]['times']))")
  target=$([ "$n" -ge 10000 ] && echo 0.5 || echo 1.0)
  python3 -c "
floor = $cards * $c2 / 1000 / $cores
budget = $target * $hugo
print('| $n | $cards | %.2f ms | %.2f ms | %.2f ms | %.2f s | %.2f s | %sx Hugo = %.2f s | %.2fx |' % ($c1first, $c1, $c2, floor, $hugo, '$target', budget, floor / budget))"
  rm -rf "$work/cards-$n" "$work/trash"
done
echo
echo "Hugo: median of $runs runs after one warm-up; card times: CPU of one thread, 3,000 cards; $(date -u +%F)"
