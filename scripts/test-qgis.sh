#!/usr/bin/env bash
# Run the QGIS plugin tests (tests/qgis) under QGIS's own Python.
#
# Needs the Debian/Ubuntu packages (installed by the CI script, not here):
#   apt-get install -y --no-install-recommends python3-qgis qgis python3-venv xvfb xauth
# (xvfb/xauth only for the desktop qgis.bin test, which is skipped without them).
# Creates .venv-qgis with scripts/qgis-venv.sh when needed, then runs pytest with
# pytest-qgis headless. Exits non-zero when a test fails; exits 0 with a message
# (and runs nothing) when QGIS is not installed and RVE_REQUIRE_QGIS is not 1.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${RVE_QGIS_VENV:-$REPO/.venv-qgis}"
cd "$REPO"

if ! /usr/bin/python3 -c "import qgis.core" >/dev/null 2>&1; then
    if [ "${RVE_REQUIRE_QGIS:-0}" = "1" ]; then
        echo "error: QGIS (python3-qgis) is not installed" >&2
        exit 1
    fi
    echo "QGIS is not installed: skipping tests/qgis (set RVE_REQUIRE_QGIS=1 to fail instead)"
    exit 0
fi

bash "$REPO/scripts/qgis-venv.sh" "$VENV"

# pytest-qgis must see the offscreen platform before QGIS starts.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
unset PROJ_LIB PROJ_DATA

start=$(date +%s)
set +e
"$VENV/bin/python" -m pytest tests/qgis -p pytest_qgis -p no:cacheprovider -q \
    -o addopts="" -o testpaths=tests/qgis "$@"
status=$?
set -e
echo "tests/qgis finished in $(( $(date +%s) - start )) s (exit $status)"
exit $status
