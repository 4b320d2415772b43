#!/usr/bin/env bash
# Installs what building, testing and running Passerelle need on Debian or
# Raspberry Pi OS: the fontconfig headers Slint's text engine links against,
# the DejaVu fonts the rendering test runs with, the libraries the desktop
# window loads, Xvfb to run that window without a screen, and espeak-ng
# (speech synthesis) with aplay (recordings) to read screens aloud, and
# systemd (systemd-analyze checks the kiosk's unit file in the tests).
# Installs only what is missing; safe to run again.
set -euo pipefail

packages=(
  pkg-config libfontconfig1-dev fontconfig fonts-dejavu-core
  libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxi6 libxrandr2 libwayland-client0
  xvfb xauth time
  espeak-ng alsa-utils
  systemd
)

source "$(dirname "$0")/need-packages.sh"
need_packages setup -- "${packages[@]}"

command -v cargo >/dev/null || { echo "setup: Rust is missing: install it with rustup (https://rustup.rs)"; exit 1; }
