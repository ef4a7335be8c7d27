#!/usr/bin/env bash
# Run the QGIS plugin tests (tests/qgis) under QGIS's own Python.
#
# Environment: RVE_QGIS_VENV (venv to use, default .venv-qgis in the repository),
# RVE_QGIS_LABEL (where this runs, for the summary line; default "host"),
# RVE_QGIS_VENV_READY=1 (the venv is up to date: do not run scripts/qgis-venv.sh),
# RVE_REQUIRE_QGIS=1 (fail instead of skipping without QGIS). Arguments go to pytest.
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

# (scripts/qgis-chroot.sh has just built it and sets RVE_QGIS_VENV_READY=1)
if [ "${RVE_QGIS_VENV_READY:-0}" != 1 ]; then
    bash "$REPO/scripts/qgis-venv.sh" "$VENV"
fi

# pytest-qgis must see the offscreen platform before QGIS starts.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
unset PROJ_LIB PROJ_DATA

version="$("$VENV/bin/python" -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)')"
label="${RVE_QGIS_LABEL:-host}"
log="$(mktemp)"
start=$(date +%s)
set +e
"$VENV/bin/python" -m pytest tests/qgis -p pytest_qgis -p no:cacheprovider -q \
    -o addopts="" -o testpaths=tests/qgis "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary="$(grep -E '[0-9]+ (passed|failed|errors?|skipped).* in [0-9.]+s' "$log" \
           | tail -1 | sed 's/=//g; s/^ *//; s/ *$//')"
rm -f "$log"
echo "tests/qgis finished in $(( $(date +%s) - start )) s (exit $status)"
# one line per release, collected by scripts/test.sh
echo "RESULT tests/qgis on QGIS $version ($label): ${summary:-no summary} (exit $status)"
exit $status
