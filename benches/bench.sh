#!/usr/bin/env bash
# Times Quarry's load + terms on a large real-text corpus, next to `wc -w` on the same files.
#
#   bash benches/bench.sh [CORPUS_DIR]      (default /tmp/quarry-bench-corpus)
#
# Builds the release binary, builds the corpus with make_bench_corpus.py when it is missing,
# warms the page cache, then runs each command 5 times with hyperfine (medians reported) and
# measures Quarry's peak memory with GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/quarry-bench-corpus}
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null
[ -x /usr/bin/time ] || apt-get install -y time >/dev/null
cargo build --release --quiet
[ -d "$corpus" ] || python3 benches/make_bench_corpus.py "$corpus"
files=$(find "$corpus" -type f | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $files files, $((bytes / 1000000)) MB"
find "$corpus" -type f -print0 | xargs -0 cat >/dev/null
results=$(mktemp)
hyperfine --runs 5 --warmup 1 --export-json "$results" \
  -n "quarry terms" "./target/release/quarry terms $corpus --top 10 --quiet" \
  -n "wc -w" "find $corpus -type f -print0 | xargs -0 cat | wc -w"
python3 - "$results" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("median of %d runs: %s: %.3f s" % (len(r["times"]), r["command"], r["median"]))
PY
./target/release/quarry terms "$corpus" --top 1 --quiet --timings >/dev/null
/usr/bin/time -f "quarry peak RSS: %M KB" ./target/release/quarry terms "$corpus" --top 1 --quiet >/dev/null
