#!/usr/bin/env bash
# Install everything the tests need (Debian packages, venvs) and run the whole test suite:
# lint, the library/CLI tests with doctests, and the QGIS tests under QGIS's own Python.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
need=()
command -v qgis_process.bin >/dev/null 2>&1 || need+=(qgis python3-qgis)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv python3-pip)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${need[@]}" python3-venv fonts-dejavu-core
fi
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
    RVE_REQUIRE_QGIS=1 bash scripts/test-qgis.sh
fi
if [ -x .venv-qgis/bin/python ]; then
    echo "== library tests again on QGIS's Python stack (numpy<2, geopandas 1.1)"
    .venv-qgis/bin/python -m pip install -q "hypothesis>=6.90" "lxml>=4.9"
    set +e
    QT_QPA_PLATFORM=offscreen .venv-qgis/bin/python -m pytest -q -p no:cacheprovider \
        -p no:pytest_qgis tests rve_geo
    status=$?
    set -e
    if [ "$status" -ne 0 ]; then exit "$status"; fi
fi
