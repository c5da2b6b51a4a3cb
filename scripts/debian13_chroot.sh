#!/usr/bin/env bash
# Debian 13 (trixie: QGIS 3.40 LTR, Python 3.13, numpy 2.2, GDAL 3.10) in a chroot, and the
# project's tests inside it: `make test-debian13` (docs/QGIS_NOTES.md, "Debian 13").
#
#   scripts/debian13_chroot.sh [make targets...]    # default: test (flake8, unit, integration, QGIS);
#                                                    # make test-debian13 adds vulkan-build and
#                                                    # llama-server before it
#   scripts/debian13_chroot.sh --shell 'COMMAND'     # one command in the checkout, the venv first
#                                                    # on PATH (a single test, a look around)
#
# The chroot lives OUTSIDE the checkout, in DEBIAN13_CACHE (default
# /var/cache/deforestation-debian13), and is kept between runs: debootstrap and the Debian
# packages only the first time (or when PACKAGES changes), the venv (DEBIAN13_VENV, inside the
# chroot) only when requirements/ changes, as the Makefile decides. The checkout is bind-mounted
# at its own path, so build/plugins' link and every path the tests print are the host's.
# Needs root (debootstrap, chroot, mount) and deb.debian.org and PyPI (llama-cpp-python is
# compiled from source once, several minutes on 2 cores).
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${DEBIAN13_CACHE:-/var/cache/deforestation-debian13}
ROOTFS=$CACHE/root
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie
# Inside the chroot; under ROOTFS, so it is cached with it.
VENV=${DEBIAN13_VENV:-/opt/deforestation-venv}
# The Makefile's APT_PACKAGES (so its `apt` step finds nothing missing), and what a fresh
# minbase system lacks for them: make, git, certificates, and the QGIS Processing plugin.
PACKAGES="qgis python3-qgis qgis-providers python3-venv python3-dev
python3-pip python3-setuptools build-essential cmake qtbase5-dev-tools pyqt5-dev-tools qttools5-dev-tools make git
ca-certificates locales"
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(test)

if [ "$(id -u)" != 0 ]; then
  exec sudo --preserve-env=DEBIAN13_CACHE,DEBIAN_MIRROR,DEBIAN13_VENV "$0" "$@"
fi

log() { printf '[debian13 %(%H:%M:%S)T] %s\n' -1 "$*"; }
started=$SECONDS

if [ ! -f "$ROOTFS/.debootstrap-done" ]; then
  command -v debootstrap >/dev/null || {
    log "installing debootstrap on this machine"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
  }
  log "debootstrap $SUITE into $ROOTFS"
  rm -rf "$ROOTFS"
  mkdir -p "$ROOTFS"
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR"
  touch "$ROOTFS/.debootstrap-done"
fi

MOUNTS=()
cleanup() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -l "${MOUNTS[$i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT
bind() {  # bind SOURCE TARGET (inside ROOTFS)
  mkdir -p "$ROOTFS$2"
  mount --bind "$1" "$ROOTFS$2"
  MOUNTS+=("$ROOTFS$2")
}
mkdir -p "$ROOTFS/proc" "$ROOTFS/sys"
mount -t proc proc "$ROOTFS/proc" && MOUNTS+=("$ROOTFS/proc")
bind /sys /sys
bind /dev /dev
bind /dev/pts /dev/pts
mkdir -p "$ROOTFS/dev/shm"
cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
bind "$SRC" "$SRC"

in_chroot() {
  chroot "$ROOTFS" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ${http_proxy:+http_proxy="$http_proxy"} ${https_proxy:+https_proxy="$https_proxy"} \
    ${no_proxy:+no_proxy="$no_proxy"} "$@"
}

wanted=$(echo $PACKAGES)
if [ "$(cat "$ROOTFS/.packages-done" 2>/dev/null)" != "$wanted" ]; then
  log "installing Debian packages: $wanted"
  in_chroot apt-get update -qq
  # shellcheck disable=SC2086  # one word per package
  in_chroot apt-get install -y -qq --no-install-recommends $wanted
  in_chroot apt-get clean
  echo "$wanted" > "$ROOTFS/.packages-done"
fi
# The host's own certificate authorities (an office's TLS proxy) are trusted inside too, as
# its proxy variables are passed on: pip reaches PyPI the way the host does.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$ROOTFS/usr/local/share/ca-certificates"
  if ! diff -rq /usr/local/share/ca-certificates "$ROOTFS/usr/local/share/ca-certificates" \
      >/dev/null 2>&1; then
    cp /usr/local/share/ca-certificates/*.crt "$ROOTFS/usr/local/share/ca-certificates/"
    in_chroot update-ca-certificates >/dev/null
  fi
fi
log "chroot ready after $((SECONDS - started)) s: $(in_chroot dpkg-query -W -f '${Version}' qgis \
  | sed 's/^/QGIS /'), $(in_chroot python3 -c 'import sys, numpy; \
print(f"Python {sys.version.split()[0]}, numpy {numpy.__version__}")')"

qgis_process=/usr/bin/qgis_process.bin
[ -x "$ROOTFS$qgis_process" ] || qgis_process=/usr/bin/qgis_process
status=0
if [ "${TARGETS[0]}" = --shell ]; then
  in_chroot /bin/bash -c 'cd "$1" && PATH="$2/bin:$PATH" && eval "$3"' sh "$SRC" "$VENV" \
    "${TARGETS[*]:1}" || status=$?
  exit $status
fi
log "make ${TARGETS[*]} in $SRC (venv $VENV)"
in_chroot /bin/bash -c 'cd "$1" && shift && exec make "$@"' make "$SRC" \
  VENV="$VENV" SYSTEM_PYTHON=/usr/bin/python3 QGIS_PROCESS="$qgis_process" \
  "${TARGETS[@]}" || status=$?
log "make ${TARGETS[*]} ended with status $status after $((SECONDS - started)) s"
exit $status
