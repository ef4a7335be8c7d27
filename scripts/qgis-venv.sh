#!/usr/bin/env bash
# Create .venv-qgis: a Python environment on top of the Python QGIS itself uses.
#
# QGIS on Debian/Ubuntu runs /usr/bin/python3 with its own qgis.core in
# dist-packages, so the venv is made with --system-site-packages and gets the
# geo wheels rve_geo needs. numpy stays below 2 because Debian's gdal_array,
# matplotlib and scipy are built against numpy 1.x; that caps geopandas at 1.1.x.
# attrs>=23.2 is needed by rasterio's affine; PROJ_LIB/PROJ_DATA must stay unset.
#
# Usage: scripts/qgis-venv.sh [VENV_DIR]   (default: .venv-qgis in the repository)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${1:-$REPO/.venv-qgis}"
QGIS_PYTHON="${QGIS_PYTHON:-/usr/bin/python3}"

if ! "$QGIS_PYTHON" -c "import qgis.core" 2>/dev/null; then
    echo "error: $QGIS_PYTHON cannot import qgis.core; install QGIS first:" >&2
    echo "  apt-get install -y --no-install-recommends python3-qgis qgis python3-venv" >&2
    exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
    "$QGIS_PYTHON" -m venv --system-site-packages "$VENV"
fi

unset PROJ_LIB PROJ_DATA
"$VENV/bin/python" -m pip install --quiet --upgrade "pip>=23"
"$VENV/bin/python" -m pip install --quiet \
    "numpy<2" "geopandas>=1.0,<1.2" "shapely>=2.0" "pyproj>=3.4" "pyogrio>=0.7" \
    "rasterio>=1.3" "attrs>=23.2" "click>=8.1" "tqdm>=4.60" \
    "pytest>=7.4" "pytest-qgis==5.0.2"
# The library itself, from this working tree: a .pth file instead of an editable
# install, so pip never touches the pinned stack and no build backend is needed.
SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
echo "$REPO" > "$SITE/rve_geo_repo.pth"
"$VENV/bin/python" - <<'PY'
import geopandas, numpy, pyogrio, shapely, qgis.core, rve_geo
print("qgis", qgis.core.Qgis.QGIS_VERSION, "| numpy", numpy.__version__,
      "| geopandas", geopandas.__version__, "| shapely", shapely.__version__,
      "| pyogrio", pyogrio.__version__, "| rve_geo", rve_geo.__version__)
PY
