#!/usr/bin/env bash
# Create a Python environment on top of the Python QGIS itself uses (default .venv-qgis).
#
# QGIS on Debian/Ubuntu runs /usr/bin/python3 with its own qgis.core in
# dist-packages, so the venv is made with --system-site-packages and gets the
# geo wheels rve_geo needs. The numpy major version follows the distribution's
# numpy, because Debian's gdal_array, matplotlib and scipy are built against it:
# numpy<2 on Debian 12 (Python 3.11; caps geopandas at 1.1.x), numpy 2 on Debian 13
# and unstable (Python 3.13/3.14, where numpy<2 has no wheel). pyproj always comes
# from its wheel: Debian's python3-pyproj cannot find its PROJ data inside a venv.
# scipy comes from PyPI where the distribution's QGIS does not pull it in (unstable).
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
PY="$VENV/bin/python"
unset PROJ_LIB PROJ_DATA

# numpy major of the distribution (by Python version when it has no numpy)
numpy_major="$("$QGIS_PYTHON" -c 'import numpy; print(numpy.__version__.split(".")[0])' \
               2>/dev/null || true)"
if [ -z "$numpy_major" ]; then
    numpy_major="$("$QGIS_PYTHON" -c 'import sys; print(2 if sys.version_info >= (3, 13) else 1)')"
fi
if [ "$numpy_major" = 1 ]; then
    stack=("numpy<2" "geopandas>=1.0,<1.2")
else
    stack=("numpy>=2,<3" "geopandas>=1.0,<1.3")
fi
if ! "$PY" -c "import scipy" 2>/dev/null; then
    stack+=("scipy>=1.8")
fi

"$PY" -m pip install --quiet --upgrade "pip>=23"
"$PY" -m pip install --quiet "${stack[@]}" "shapely>=2.0" "pyogrio>=0.7" \
    "rasterio>=1.3" "attrs>=23.2" "click>=8.1" "tqdm>=4.60" \
    "pytest>=7.4" "pytest-qgis==5.0.2"
# pyproj from its wheel, also when the distribution has python3-pyproj
if ! "$PY" -c 'import sys, pyproj; sys.exit(not pyproj.__file__.startswith(sys.prefix))' \
        2>/dev/null; then
    "$PY" -m pip install --quiet --ignore-installed "pyproj>=3.4"
fi
# The library itself, from this working tree: a .pth file instead of an editable
# install, so pip never touches the pinned stack and no build backend is needed.
SITE="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
echo "$REPO" > "$SITE/rve_geo_repo.pth"
"$PY" - <<'PY'
import sys

import geopandas, numpy, pyogrio, pyproj, scipy, shapely, qgis.core, rve_geo
print("qgis", qgis.core.Qgis.QGIS_VERSION, "| python", sys.version.split()[0],
      "| numpy", numpy.__version__, "| geopandas", geopandas.__version__,
      "| shapely", shapely.__version__, "| pyogrio", pyogrio.__version__,
      "| pyproj", pyproj.__version__, "| scipy", scipy.__version__,
      "| rve_geo", rve_geo.__version__)
PY
