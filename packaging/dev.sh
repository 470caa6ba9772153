#!/usr/bin/env bash
# One entry point for a fresh Debian machine (as root) and for developers:
#   bash packaging/dev.sh run    set everything up, open awardtool on the bundled example documents
#   bash packaging/dev.sh test   set everything up, run every check and test (what .ci/run calls)
#   bash packaging/dev.sh setup  set everything up only
# Every step is idempotent: apt packages are installed only when missing, the venv is
# reused, and pip runs again only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

APT_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt offscreen and under X11 (xcb)
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
  libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libx11-xcb1
  xvfb xauth
  # Chinese glyphs in the window and in rendered exports
  fonts-wqy-zenhei fonts-noto-cjk
  # .doc/.wps/.rtf/.odt conversion and the render checks of Word/Excel exports
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
)

setup_system() {
  command -v dpkg-query >/dev/null || { echo "dev.sh: not a Debian system; install the packages listed in APT_PACKAGES yourself" >&2; return 0; }
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "dev.sh: installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# venv_install DIR EXTRAS: a venv at DIR with the project installed (editable) and EXTRAS.
venv_install() {
  local dir=$1 spec=$2 stamp="$1/.awardtool-stamp"
  local want; want="$(sha256sum pyproject.toml | cut -c1-16) $spec"
  [ -x "$dir/bin/python" ] || python3 -m venv "$dir"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$dir/bin/python" -m pip install -q --upgrade pip
    "$dir/bin/python" -m pip install -q -e "$spec"
    echo "$want" > "$stamp"
  fi
}

setup() {
  setup_system
  venv_install .venv ".[dev,build]"
}

# The core without Qt: a second venv with every runtime dependency except PySide6, so the
# core's tests prove they need no Qt at all.
setup_headless() {
  local dir=.venv-noqt stamp=.venv-noqt/.awardtool-stamp want
  want="$(sha256sum pyproject.toml | cut -c1-16) noqt"
  [ -x "$dir/bin/python" ] || python3 -m venv "$dir"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$dir/bin/python" -m pip install -q --upgrade pip
    "$dir/bin/python" - <<'PY' > "$dir/requirements.txt"
import tomllib
p = tomllib.load(open("pyproject.toml", "rb"))["project"]
deps = p["dependencies"] + p["optional-dependencies"]["dev"]
print("\n".join(d for d in deps if not d.lower().startswith(("pyside6", "pytest-qt"))))
PY
    "$dir/bin/python" -m pip install -q -r "$dir/requirements.txt"
    "$dir/bin/python" -m pip install -q --no-deps -e .
    echo "$want" > "$stamp"
  fi
}

cmd=${1:-run}
case "$cmd" in
  setup)
    setup ;;
  run)
    setup
    shift || true
    if [ -z "${DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
      exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/awardtool gui resources/examples "$@"
    fi
    exec .venv/bin/awardtool gui resources/examples "$@" ;;
  test)
    setup
    setup_headless
    echo "== import rules (the core never imports Qt)"
    .venv/bin/lint-imports
    echo "== core tests without PySide6 installed"
    (cd "$ROOT" && .venv-noqt/bin/python -m pytest -q -p no:pytestqt -p no:cacheprovider -W ignore::pytest.PytestConfigWarning tests/core)
    echo "== all tests"
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider tests ;;
  *)
    echo "usage: bash packaging/dev.sh [setup|run|test]" >&2; exit 2 ;;
esac
