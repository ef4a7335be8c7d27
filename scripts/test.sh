#!/usr/bin/env bash
# Install everything the tests need (Debian packages, venvs) and run the whole test suite:
# lint, the library/CLI tests with doctests, and the QGIS tests under QGIS's own Python on
# three QGIS releases: the host's (Debian 12: 3.22) and, in Debian chroots built by
# scripts/qgis-chroot.sh, trixie (3.40 LTR) and sid (3.44). The chroots are cached outside
# the repository (/var/cache/rve-qgis) and reused by later runs.
# The chroots are built in the background while the host tests run.
# RVE_QGIS_CHROOTS="trixie sid" (default) chooses the chroot releases; "" runs none.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
CHROOTS="${RVE_QGIS_CHROOTS-trixie sid}"
RESULTS="$(mktemp)"
PREP_DIR="$(mktemp -d)"
declare -A PREP_PID=()
finish() {
    # chroot builds still running in the background end (and unmount) before we go
    local pid
    for pid in "${PREP_PID[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$RESULTS" "$PREP_DIR"
}
trap finish EXIT
need=()
if [ -n "$CHROOTS" ]; then
    command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
fi
command -v qgis_process.bin >/dev/null 2>&1 || need+=(qgis python3-qgis)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)  # PDF report test
python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv python3-pip)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${need[@]}" python3-venv fonts-dejavu-core
fi
# Build (or refresh) the QGIS chroots in the background while the host runs its tests:
# debootstrap and apt wait mostly on the network and the disk.
for suite in $CHROOTS; do
    echo "== preparing the Debian $suite chroot in the background ($PREP_DIR/$suite.log)"
    bash scripts/qgis-chroot.sh "$suite" --prepare-only > "$PREP_DIR/$suite.log" 2>&1 &
    PREP_PID[$suite]=$!
done
bash scripts/setup-venv.sh
echo "== ruff"
.venv/bin/ruff check .
echo "== library, CLI and doctests"
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider
status=$?
set -e
if [ "$status" -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi
if [ "$status" -ne 0 ]; then exit "$status"; fi
if [ -f scripts/test-qgis.sh ]; then
    echo "== QGIS plugin tests (QGIS's Python, qgis_process)"
    RVE_REQUIRE_QGIS=1 bash scripts/test-qgis.sh | tee -a "$RESULTS"
fi
final=0
if [ -x .venv-qgis/bin/python ]; then
    echo "== library tests again on QGIS's Python stack (numpy<2, geopandas 1.1)"
    # the test extra's tools, with numpy kept below 2 (pygeoapi serves the rve fetch tests,
    # pyarrow below 20 reads the Parquet cases: pyarrow 20+ needs numpy 2)
    .venv-qgis/bin/python -m pip install -q "numpy<2" "hypothesis>=6.90" "lxml>=4.9" \
        "openpyxl>=3.1" "pygeoapi>=0.16" "pyarrow>=14,<20"
    set +e
    QT_QPA_PLATFORM=offscreen .venv-qgis/bin/python -m pytest -q -p no:cacheprovider \
        -p no:pytest_qgis tests rve_geo
    status=$?
    set -e
    if [ "$status" -ne 0 ]; then final=$status; fi
fi
for suite in $CHROOTS; do
    echo "== QGIS plugin tests in a Debian $suite chroot"
    start=$(date +%s)
    set +e
    wait "${PREP_PID[$suite]}"
    status=$?
    unset "PREP_PID[$suite]"
    grep -E '^== \[|^E: |^error' "$PREP_DIR/$suite.log"
    if [ "$status" -ne 0 ]; then
        echo "preparing the $suite chroot failed (exit $status); its log ends with:"
        tail -30 "$PREP_DIR/$suite.log"
    else
        bash scripts/qgis-chroot.sh "$suite" 2>&1 | tee -a "$RESULTS"
        status=${PIPESTATUS[0]}
    fi
    set -e
    echo "== Debian $suite chroot: $(( $(date +%s) - start )) s (exit $status)"
    if [ "$status" -ne 0 ]; then
        final=$status
        grep -q "RESULT .*($suite chroot)" "$RESULTS" ||
            echo "RESULT tests/qgis in the $suite chroot: not run (exit $status)" >> "$RESULTS"
    fi
done
echo "== tests/qgis per QGIS release"
grep '^RESULT ' "$RESULTS" | sed 's/^RESULT /  /'
exit "$final"
