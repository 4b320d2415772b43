#!/usr/bin/env bash
# Builds the Debian packages of the kiosk with cargo-deb, and checks them
# with lintian:
#
#   scripts/package.sh          -> target/debian/passerelle_<version>_amd64.deb
#   scripts/package.sh arm64    -> target/aarch64-unknown-linux-gnu/debian/passerelle_<version>_arm64.deb
#
# Installs what it needs (cargo-deb, lintian, the linuxkms backend's
# libraries; for arm64 what scripts/cross-pi.sh installs); safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/need-packages.sh
need_packages package -- lintian dpkg-dev pkg-config libudev-dev libinput-dev libxkbcommon-dev libfontconfig1-dev
command -v cargo-deb >/dev/null || cargo install --locked cargo-deb

case "${1:-amd64}" in
  amd64)
    cargo deb --locked
    deb=$(ls -t target/debian/passerelle_*_amd64.deb | head -1)
    ;;
  arm64)
    # The cross build of scripts/cross-pi.sh (its linker, libraries, target),
    # then the package around its binary.
    scripts/cross-pi.sh
    export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
    export PKG_CONFIG_ALLOW_CROSS=1
    export PKG_CONFIG_LIBDIR=/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig
    export PKG_CONFIG_SYSROOT_DIR=/
    cargo deb --locked --no-build --target aarch64-unknown-linux-gnu
    deb=$(ls -t target/aarch64-unknown-linux-gnu/debian/passerelle_*_arm64.deb | head -1)
    ;;
  *) echo "package: amd64 or arm64, not '$1'"; exit 2 ;;
esac
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
# lintian's findings, with the ones explained in the README's "Debian package" section.
lintian --no-tag-display-limit "$deb" || true
