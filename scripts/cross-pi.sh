#!/usr/bin/env bash
# Builds the Raspberry Pi kiosk (64-bit Raspberry Pi OS: aarch64, linuxkms
# backend, no X11 or Wayland) on a Debian x86_64 machine, then runs the
# aarch64 binary under qemu-user to render a screen headless, as a smoke test.
#
#   scripts/cross-pi.sh            -> target/aarch64-unknown-linux-gnu/release/passerelle
#
# Installs what it needs (Debian's cross linker, the arm64 libraries the
# kiosk links against, qemu-user, the Rust target); safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

target=aarch64-unknown-linux-gnu
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

source scripts/need-packages.sh

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  echo "cross-pi: adding the arm64 architecture to apt"
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
fi
packages=(
  gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static pkg-config
  libfontconfig1-dev:arm64 libudev-dev:arm64 libinput-dev:arm64 libxkbcommon-dev:arm64
)
need_packages cross-pi -- "${packages[@]}"
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

# The cross linker, and pkg-config pointed at the arm64 libraries only.
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
export PKG_CONFIG_ALLOW_CROSS=1
export PKG_CONFIG_LIBDIR=/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig
export PKG_CONFIG_SYSROOT_DIR=/

cargo build --locked --release --target "$target" --no-default-features --features linuxkms

binary="target/$target/release/passerelle"
file "$binary" 2>/dev/null | grep -q "ARM aarch64" || { echo "cross-pi: $binary is not an aarch64 binary"; exit 1; }

# Smoke test: the aarch64 binary checks its data and renders a right-to-left
# screen headless, under qemu-user (the arm64 loader and libraries come from
# the multiarch packages above).
qemu=$(command -v qemu-aarch64-static || command -v qemu-aarch64)
out="target/$target/smoke"
mkdir -p "$out"
"$qemu" "$binary" check
"$qemu" "$binary" screenshot --screen home --locale ar --out "$out/home-ar.png"
"$qemu" "$binary" screenshot --screen emergency --locale ti --out "$out/emergency-ti.png"
for png in "$out"/*.png; do
  [ "$(stat -c %s "$png")" -gt 10000 ] || { echo "cross-pi: $png is too small to be a screen"; exit 1; }
done
echo "cross-pi: $binary ($(du -h "$binary" | cut -f1)) built; smoke screenshots in $out"
