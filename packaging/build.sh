#!/usr/bin/env bash
# Build the clerk's bundle: bash packaging/build.sh [--onefile] [--check]
#   → dist/awardtool/ with awardtool (the window) and awardtool-cli (command line, selftest).
# --check runs `awardtool-cli selftest` on the result (offscreen). AWARDTOOL_DIST and
# AWARDTOOL_WORK move the output and work folders (the bundle test builds into a temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIST=${AWARDTOOL_DIST:-$ROOT/dist}
WORK=${AWARDTOOL_WORK:-$ROOT/build/pyinstaller}

spec_args=() check=0
for arg in "$@"; do
  case "$arg" in
    --onefile) spec_args+=(--onefile) ;;
    --check) check=1 ;;
    *) echo "usage: bash packaging/build.sh [--onefile] [--check]" >&2; exit 2 ;;
  esac
done

[ -x .venv/bin/pyinstaller ] || bash packaging/dev.sh setup

start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/awardtool.spec -- "${spec_args[@]}"
seconds=$(( $(date +%s) - start ))

if ((${#spec_args[@]})); then
  out="$DIST/awardtool-cli"
  echo "build.sh: built $DIST/awardtool and $out in ${seconds}s ($(du -sh "$DIST/awardtool" | cut -f1) each file)"
else
  out="$DIST/awardtool/awardtool-cli"
  echo "build.sh: built $DIST/awardtool/ in ${seconds}s, $(du -sh "$DIST/awardtool" | cut -f1)"
fi

if ((check)); then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$out" selftest
fi
