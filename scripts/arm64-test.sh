#!/usr/bin/env bash
# The arm64 package on an arm64 Debian system, under qemu-user: an arm64
# image built from Debian's packages (mmdebstrap), the package installed
# with dpkg (its maintainer scripts run), then `passerelle check`, a
# headless screenshot, an upgrade that keeps the operator's config edit, and
# a purge. Prints each step with its time.
#
#   scripts/arm64-test.sh [DEB]    (default: builds it with scripts/package.sh arm64)
#
# Needs root (a chroot) and Debian's mirrors. This is not a booted machine:
# systemd does not run in the chroot (scripts/vm-test.sh boots the amd64
# package; the arm64 one under qemu-system-aarch64 did not fit the time).
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
work=${ARM64_WORK:-$project/target/arm64-test}
mkdir -p "$work"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
source scripts/need-packages.sh
need_packages arm64-test -- mmdebstrap qemu-user-static arch-test

t0=$(date +%s)
step() { echo "arm64-test: [$(( $(date +%s) - t0 )) s] $*"; }
fail() { echo "arm64-test: FAILED: $*"; exit 1; }

deb=${1:-}
if [ -z "$deb" ]; then
  scripts/package.sh arm64
  deb=$(ls -t target/aarch64-unknown-linux-gnu/debian/passerelle_*_arm64.deb | head -1)
fi
deb=$(realpath "$deb")
step "package $deb"

# arm64 programs run through qemu-user: the kernel's binfmt_misc hands them
# to the static emulator, opened now (flag F) so it works inside the chroot.
binfmt=/proc/sys/fs/binfmt_misc
[ -e "$binfmt/register" ] || $sudo mount -t binfmt_misc binfmt_misc "$binfmt"
if [ ! -e "$binfmt/qemu-aarch64" ]; then
  magic='\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00'
  mask='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
  echo ":qemu-aarch64:M::$magic:$mask:/usr/bin/qemu-aarch64-static:OCF" | $sudo tee "$binfmt/register" >/dev/null
fi
grep -q enabled "$binfmt/qemu-aarch64" || fail "qemu-aarch64 is not registered with binfmt_misc"

# 1. The arm64 base system, once (cached), with what the package depends on.
base="$work/base-arm64.tar"
if [ ! -f "$base" ]; then
  $sudo mmdebstrap --arch=arm64 --variant=apt --format=tar \
    --include=systemd,udev,fontconfig,fonts-dejavu-core,espeak-ng,alsa-utils,libinput10,libxkbcommon0,libudev1,libfontconfig1 \
    bookworm "$base.part" http://deb.debian.org/debian
  mv "$base.part" "$base"
fi
root="$work/root"
$sudo rm -rf "$root"
mkdir -p "$root"
$sudo tar -C "$root" -xf "$base"
step "arm64 base system ready"
# As on a running system (and in image builders), /proc is there.
$sudo mount -t proc proc "$root/proc"
trap '$sudo umount "$root/proc" 2>/dev/null || true' EXIT
in_root() { $sudo chroot "$root" "$@"; }
[ "$(in_root uname -m)" = aarch64 ] || fail "the chroot does not run arm64 programs"

# 2. Install: dpkg runs the package's maintainer scripts in arm64.
cp "$deb" "$root/tmp/passerelle.deb"
in_root dpkg -i /tmp/passerelle.deb || fail "dpkg -i"
in_root getent passwd passerelle >/dev/null || fail "no passerelle user"
[ -d "$root/var/lib/passerelle/stats" ] || fail "no stats folder"
[ -L "$root/etc/systemd/system/multi-user.target.wants/passerelle.service" ] || fail "the service is not enabled"
step "installed: user, folders, service enabled for boot"

# 3. The binary: its checks, the packaged configuration, a screen.
in_root passerelle check || fail "passerelle check"
in_root passerelle check --config /etc/passerelle/config.toml || fail "passerelle check --config"
in_root passerelle screenshot --screen welcome --locale ar --size 800x480 --out /tmp/welcome-ar.png
size=$(stat -c %s "$root/tmp/welcome-ar.png")
[ "$size" -gt 10000 ] || fail "the screenshot is $size bytes"
cp "$root/tmp/welcome-ar.png" "$work/welcome-ar.png"
step "passerelle check: ok; check --config: ok; screenshot $work/welcome-ar.png ($size bytes)"

# 4. Upgrade (the same package again): the operator's edit of the conffile stays.
$sudo sed -i 's/^# organisation = .*/organisation = "Mairie de Testville"/' "$root/etc/passerelle/config.toml"
grep -q '^organisation = "Mairie de Testville"' "$root/etc/passerelle/config.toml" || fail "the config could not be edited"
in_root dpkg -i --force-confold /tmp/passerelle.deb || fail "upgrade"
grep -q 'Mairie de Testville' "$root/etc/passerelle/config.toml" || fail "the config edit was lost"
in_root passerelle check --config /etc/passerelle/config.toml || fail "check --config after the upgrade"
step "upgrade keeps the operator's config edit"

# 5. Purge: the program, its configuration and its data go.
in_root dpkg --purge passerelle || fail "purge"
for gone in /usr/bin/passerelle /etc/passerelle /var/lib/passerelle; do
  [ ! -e "$root$gone" ] || fail "$gone is still there after the purge"
done
step "purged: program, configuration and data gone"
$sudo umount "$root/proc"
$sudo rm -rf "$root"
step "all steps passed"
