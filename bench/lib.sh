# Shared by the benchmark scripts: source it after setting `name` (the script's name for messages).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="$here/../shared/bench/gen-corpus.py"
work="$here/target/bench"
jar="$here/target/kudos.jar"
aside="$work/aside.sh"

# Writes $aside: `$aside PATH...` moves each existing PATH into $work/trash (a rename: no inode is
# freed). Outputs are moved aside before a timed run, never deleted just before it: see bench.sh.
write_aside() {
  mkdir -p "$work"
  cat > "$aside" <<'SH'
#!/usr/bin/env bash
trash="$(dirname "$0")/trash/$(date +%s%N)"
mkdir -p "$trash"
for path in "$@"; do [ ! -e "$path" ] || mv "$path" "$trash/"; done
SH
  chmod +x "$aside"
}

needs() {  # needs TOOL... : exits with a hint when one is missing, or when ../shared is not beside the repository
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$name: needs $tool (apt-get install -y hyperfine hugo)" >&2; exit 2; }
  done
  [ -f "$gen" ] || { echo "$name: $gen not found (../shared must sit beside the repository)" >&2; exit 2; }
}

corpus() {  # corpus SIZE FORMAT -> the folder of the generated corpus, made once per size and format
  local dir="$work/$2-$1"
  [ -d "$dir" ] || python3 "$gen" --profiles "$1" --out "$dir" --format "$2" >&2
  echo "$dir"
}
