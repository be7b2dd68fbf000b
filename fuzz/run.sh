#!/usr/bin/env bash
# Fuzz presscan.extract for a bounded time: fuzz/run.sh [SECONDS] [libFuzzer options...]
#
# Installs atheris into the project's .venv when it is missing (it is not a test
# dependency), seeds fuzz/corpus/ from samples/ and runs for SECONDS (default 300).
# An input that breaks an invariant is written to fuzz/findings/ and the run stops
# with a non-zero exit code. Reproduce one with:
#   .venv/bin/python fuzz/fuzz_extract.py fuzz/findings/crash-...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
python=${PYTHON:-$root/.venv/bin/python}
seconds=${1:-300}
shift || true

if ! "$python" -c 'import atheris' 2>/dev/null; then
    "$python" -m pip install --quiet atheris
fi

mkdir -p "$here/corpus" "$here/findings"
if [ -z "$(ls -A "$here/corpus")" ]; then
    # one seed per line of the samples: real bulletin sentences to mutate
    "$python" - "$root/samples" "$here/corpus" <<'PY'
import pathlib, sys
samples, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in sorted(samples.glob("*.txt")):
    for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            (corpus / f"{path.stem}-{index:03d}").write_bytes(b"\x01" + line.encode())
PY
fi

exec "$python" "$here/fuzz_extract.py" "$here/corpus" \
    -dict="$here/presscan.dict" \
    -max_total_time="$seconds" \
    -timeout=20 \
    -max_len=4096 \
    -rss_limit_mb=4096 \
    -artifact_prefix="$here/findings/" \
    -print_final_stats=1 \
    "$@"
