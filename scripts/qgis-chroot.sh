#!/usr/bin/env bash
# Run tests/qgis on a newer QGIS inside a minimal Debian chroot.
#
#   trixie  Debian 13, QGIS 3.40 LTR, Python 3.13
#   sid     Debian unstable, QGIS 3.44, Python 3.13/3.14
#
# Usage (as root):
#   bash scripts/qgis-chroot.sh SUITE [--prepare-only] [-- PYTEST-ARGS...]
#
# The chroot lives in a cache folder outside the repository,
# ${RVE_QGIS_CHROOT_CACHE:-/var/cache/rve-qgis}/SUITE, and is reused when a previous
# run completed it (a stamp file records the recipe). Phases, each timed:
#   1. debootstrap (minbase) from the Debian mirror the host's apt uses
#      (RVE_DEBIAN_MIRROR overrides; the host's apt sources are only read, never changed);
#   2. apt-get install of QGIS and friends inside the chroot;
#   3. the venv inside the chroot (/opt/rve-venv-qgis, scripts/qgis-venv.sh);
#   4. tests/qgis via scripts/test-qgis.sh, with the repository bind-mounted at /rve.
# /proc, /sys, /dev and the repository are unmounted on exit, also on failure.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${RVE_QGIS_CHROOT_CACHE:-/var/cache/rve-qgis}"
RECIPE=4  # bump when the package list or the chroot set-up below changes
# gdb: when QGIS dies on a signal its crash handler attaches gdb, if installed, and prints
# the backtrace of the crashing thread (tests/qgis/test_qgis_desktop_dialog.py shows it)
PACKAGES=(qgis python3-qgis python3-venv xvfb xauth fonts-dejavu-core ca-certificates gdb)
VENV_IN=/opt/rve-venv-qgis
REPO_IN=/rve

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
SUITE="$1"; shift
case "$SUITE" in
    trixie|sid) ;;
    *) echo "error: unknown suite '$SUITE' (use trixie or sid)" >&2; exit 2 ;;
esac
PREPARE_ONLY=0
PYTEST_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --prepare-only) PREPARE_ONLY=1; shift ;;
        --) shift; PYTEST_ARGS=("$@"); break ;;
        *) echo "error: unknown argument '$1'" >&2; usage ;;
    esac
done
if [ "$(id -u)" != 0 ]; then
    echo "error: building and entering a chroot needs root (debootstrap, mount, chroot)" >&2
    exit 1
fi
command -v debootstrap >/dev/null || {
    echo "error: debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }

ROOT="$CACHE/$SUITE"
STAMP="$ROOT/.rve-chroot-ready"
WANT_STAMP="recipe=$RECIPE packages=${PACKAGES[*]}"
mkdir -p "$CACHE"

# one run per suite at a time (two CI runs on this machine share the cache)
exec 9>"$CACHE/$SUITE.lock"
flock 9

declare -a TIMES=()
phase_start=0
begin() { phase_start=$(date +%s); echo "== [$SUITE] $1"; }
end() {
    local took=$(( $(date +%s) - phase_start ))
    TIMES+=("$1 ${took}s")
    echo "== [$SUITE] $1 took ${took} s"
}

# ------------------------------------------------------------------ mounts

MOUNTED=()
mounts_under() {  # mount points at or below $1, deepest first
    awk -v root="$1" '$2 == root || index($2, root "/") == 1 {print $2}' /proc/self/mounts \
        | sort -r
}
unmount_all() {
    local m
    for m in $(mounts_under "$ROOT"); do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
    MOUNTED=()
}
mount_all() {
    mkdir -p "$ROOT/proc" "$ROOT/sys" "$ROOT/dev" "$ROOT$REPO_IN"
    mount -t proc proc "$ROOT/proc"; MOUNTED+=(proc)
    mount -t sysfs sysfs "$ROOT/sys"; MOUNTED+=(sys)
    mount --rbind /dev "$ROOT/dev"; mount --make-rslave "$ROOT/dev"; MOUNTED+=(dev)
    mount --bind "$REPO" "$ROOT$REPO_IN"; MOUNTED+=(repo)
}
cleanup() {
    local status=$?
    unmount_all
    if [ -n "$(mounts_under "$ROOT")" ]; then
        echo "warning: still mounted under $ROOT:" >&2
        mounts_under "$ROOT" >&2
    fi
    if [ ${#TIMES[@]} -gt 0 ]; then
        echo "== [$SUITE] phase times: ${TIMES[*]}"
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the host's CA bundle (pip behind an intercepting proxy needs it) and name resolution
copy_host_files() {
    mkdir -p "$ROOT/etc/ssl/certs"
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/rve-host-ca.crt"
    fi
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
}

# run a command inside the chroot with a clean environment
in_chroot() {
    local env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
               HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive
               PYTHONDONTWRITEBYTECODE=1)
    if [ -f "$ROOT/etc/rve-host-ca.crt" ]; then
        env+=(PIP_CERT=/etc/rve-host-ca.crt SSL_CERT_FILE=/etc/rve-host-ca.crt
              REQUESTS_CA_BUNDLE=/etc/rve-host-ca.crt)
    fi
    local var
    for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY \
               PIP_INDEX_URL PIP_DEFAULT_TIMEOUT; do
        if [ -n "${!var:-}" ]; then env+=("$var=${!var}"); fi
    done
    env -i "${env[@]}" chroot "$ROOT" "$@"
}

# ------------------------------------------------------------------ mirror

host_mirror_candidates() {
    # deb822 sources (URIs: lines) and one-line sources, enabled files only
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && awk 'tolower($1) == "uris:" {for (i = 2; i <= NF; i++) print $i}' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] && awk '$1 == "deb" {for (i = 2; i <= NF; i++)
                                         if ($i ~ /^[a-z+]+:\/\//) {print $i; break}}' "$f"
    done
}
reachable() {  # does $1/dists/$SUITE/InRelease exist?
    local url="${1%/}/dists/$SUITE/InRelease"
    if command -v curl >/dev/null; then
        curl -sfI --max-time 30 "$url" >/dev/null
    else
        /usr/bin/python3 - "$url" <<'PY' >/dev/null 2>&1
import sys, urllib.request
urllib.request.urlopen(urllib.request.Request(sys.argv[1], method="HEAD"), timeout=30)
PY
    fi
}
find_mirror() {
    if [ -n "${RVE_DEBIAN_MIRROR:-}" ]; then echo "$RVE_DEBIAN_MIRROR"; return; fi
    local uri
    for uri in $(host_mirror_candidates | grep -v -i -E 'security|backports' | awk '!seen[$0]++'); do
        if reachable "$uri"; then echo "${uri%/}"; return; fi
    done
    echo "warning: no mirror from the host's apt sources serves $SUITE;" \
         "using http://deb.debian.org/debian" >&2
    echo "http://deb.debian.org/debian"
}
host_proxy() {  # an apt proxy configured on the host, if any
    local proxy=""
    eval "$(apt-config shell proxy Acquire::http::Proxy 2>/dev/null)" || true
    echo "$proxy"
}

# ------------------------------------------------------------------ build

ready() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT_STAMP" ]; }

build() {
    local mirror proxy
    mirror="$(find_mirror)"
    proxy="$(host_proxy)"
    if [ -n "$proxy" ] && [ -z "${http_proxy:-}" ]; then export http_proxy="$proxy"; fi
    echo "== [$SUITE] mirror: $mirror${proxy:+ (apt proxy $proxy)}"

    if [ ! -f "$ROOT/.rve-debootstrap-ok" ]; then
        if [ -e "$ROOT" ]; then
            if [ -n "$(mounts_under "$ROOT")" ]; then
                echo "error: $ROOT is incomplete and still has mounts; unmount them first" >&2
                exit 1
            fi
            rm -rf --one-file-system "$ROOT"
        fi
        begin debootstrap
        debootstrap --variant=minbase --components=main "$SUITE" "$ROOT" "$mirror"
        touch "$ROOT/.rve-debootstrap-ok"
        end debootstrap
    fi

    begin apt
    copy_host_files
    cat > "$ROOT/etc/apt/apt.conf.d/90rve" <<EOF
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
Acquire::Retries "3";
EOF
    if [ "$SUITE" = sid ]; then  # the mirror's unstable Release may be past Valid-Until
        echo 'Acquire::Check-Valid-Until "false";' >> "$ROOT/etc/apt/apt.conf.d/90rve"
    fi
    if [ -n "$proxy" ]; then
        echo "Acquire::http::Proxy \"$proxy\";" >> "$ROOT/etc/apt/apt.conf.d/90rve"
    fi
    echo "deb $mirror $SUITE main" > "$ROOT/etc/apt/sources.list"
    # services must not start inside the chroot
    printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
    chmod +x "$ROOT/usr/sbin/policy-rc.d"
    mount_all
    in_chroot apt-get update -q
    in_chroot apt-get install -y -q "${PACKAGES[@]}"
    in_chroot apt-get clean
    unmount_all
    echo "$WANT_STAMP" > "$STAMP"
    end apt
}

if ready; then
    echo "== [$SUITE] reusing the chroot in $ROOT"
    copy_host_files
else
    build
fi

mount_all
begin venv
in_chroot bash "$REPO_IN/scripts/qgis-venv.sh" "$VENV_IN"
end venv

if [ "$PREPARE_ONLY" = 1 ]; then
    exit 0
fi

begin tests
set +e
in_chroot env RVE_REQUIRE_QGIS=1 RVE_QGIS_VENV="$VENV_IN" RVE_QGIS_VENV_READY=1 \
    RVE_QGIS_LABEL="$SUITE chroot" \
    bash "$REPO_IN/scripts/test-qgis.sh" "${PYTEST_ARGS[@]}"
status=$?
set -e
end tests
exit $status
