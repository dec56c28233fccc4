#!/usr/bin/env bash
# Times `kudos serve` from a file write to the live-reload event the open pages receive.
#
#   bench/serve-bench.sh [--profiles 10000] [--edits 20]
#
# Generates the benchmark corpus with ../shared/bench/gen-corpus.py (once per size, kept under
# target/bench/), starts `kudos serve` on a free port, listens to its event stream as a browser
# does, then edits one profile's summary EDITS times and prints the median, min and max time from
# the write to the "reload" event. Needs python3 and ../shared/bench beside this repository.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="$here/../shared/bench/gen-corpus.py"
profiles=10000
edits=20
while [ $# -gt 0 ]; do
  case "$1" in
    --profiles) profiles="$2"; shift 2 ;;
    --edits) edits="$2"; shift 2 ;;
    *) echo "usage: bench/serve-bench.sh [--profiles N] [--edits N]" >&2; exit 2 ;;
  esac
done
[ -f "$gen" ] || { echo "serve-bench: $gen not found (../shared must sit beside the repository)" >&2; exit 2; }
corpus="$here/target/bench/serve-$profiles"
if [ ! -f "$corpus/content/site.yaml" ]; then
  rm -rf "$corpus"
  python3 "$gen" --profiles "$profiles" --out "$corpus" --format kudos >/dev/null
fi
(cd "$here" && mvn -q -B -DskipTests package)

python3 - "$here/target/kudos.jar" "$corpus" "$edits" <<'PY'
import http.client, os, re, statistics, subprocess, sys, time, urllib.parse

jar, corpus, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
launcher = os.path.join(os.path.dirname(os.path.dirname(jar)), "kudos")
server = subprocess.Popen([launcher, "serve", "--source", corpus, "--port", "0", "--now", "2026-11-22"],
                          stdout=subprocess.PIPE, text=True)
try:
    started = time.perf_counter()
    for line in server.stdout:
        match = re.search(r"serving (http://\S+)", line)
        if match:
            break
    else:
        sys.exit("serve-bench: kudos serve did not start")
    print(f"serve ready in {time.perf_counter() - started:.1f} s (first build)", flush=True)
    url = urllib.parse.urlsplit(match.group(1))
    events = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    events.request("GET", "/__kudos/events")
    stream = events.getresponse()
    stream.readline()  # ": connected"

    clients = os.path.join(corpus, "content", "clients")
    profile = os.path.join(clients, sorted(os.listdir(clients))[0])
    original = open(profile, encoding="utf-8").read()
    times = []
    try:
        for i in range(edits):
            text = re.sub(r"^summary: (.*)$", lambda m: f"summary: {m.group(1)} (edit {i})", original, count=1, flags=re.M)
            start = time.perf_counter()
            with open(profile, "w", encoding="utf-8") as out:
                out.write(text)
            while True:
                line = stream.readline().decode()
                if not line:
                    sys.exit("serve-bench: the event stream closed")
                if line.startswith("event: reload"):
                    break
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.2)
    finally:
        with open(profile, "w", encoding="utf-8") as out:
            out.write(original)
    print(f"{len(times)} edits of one profile in a {os.path.basename(corpus)} site: write -> reload event "
          f"median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})")
finally:
    server.terminate()
    server.wait(30)
PY
