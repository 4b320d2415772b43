#!/usr/bin/env bash
# Installs the kiosk's Debian package on a Debian image built from Debian's
# packages (mmdebstrap, with a kernel), boots it under QEMU (KVM where
# /dev/kvm exists, plain emulation otherwise) with a virtio GPU (DRM/KMS,
# what the linuxkms backend draws on), a virtio tablet as the touch screen, a
# USB controller for sticks and no network device, and checks it through
# QMP (scripts/vm-test.py): boot, screen, touches, kill -9, the watchdog,
# signed and refused USB sticks, ten hard power-offs. Prints each step with
# its time.
#
#   scripts/vm-test.sh [DEB]            (default: builds it with scripts/package.sh)
#   scripts/vm-test.sh --if-kvm [DEB]   (CI: only where KVM boots guests; says so otherwise)
#
# Needs root (the image's files belong to its users) and Debian's mirrors.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
work=${VM_WORK:-$project/target/vm-test}
mkdir -p "$work"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
source scripts/need-packages.sh
# qemu-system-x86 must match the machine's qemu-utils (a backport on some).
utils=$(dpkg-query -W -f='${Version}' qemu-utils 2>/dev/null || true)
target=()
if [[ "$utils" == *bpo* ]]; then
  target=(-t bookworm-backports)
  if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" | $sudo tee /etc/apt/sources.list.d/backports.list >/dev/null
  fi
fi
need_packages vm-test "${target[@]}" -- mmdebstrap e2fsprogs dosfstools mtools netpbm qemu-system-x86

t0=$(date +%s)
if_kvm=false
if [ "${1:-}" = "--if-kvm" ]; then
  if_kvm=true
  shift
fi
skip() {
  echo "vm-test: SKIPPED: $1; the machine test did not run (scripts/vm-test.sh runs it by hand, in plain emulation: about 10 minutes)"
  exit 0
}

# 1. The base system, once (cached): systemd, a kernel, the guest agent, and
#    what the package depends on.
if [ ! -f "$work/base.tar" ]; then
  $sudo mmdebstrap --variant=apt --format=tar \
    --include=systemd-sysv,udev,kmod,linux-image-amd64,initramfs-tools,qemu-guest-agent,procps,fontconfig,fonts-dejavu-core,espeak-ng,alsa-utils,libinput10,libxkbcommon0,libudev1,libfontconfig1 \
    bookworm "$work/base.tar.part" http://deb.debian.org/debian
  mv "$work/base.tar.part" "$work/base.tar"
fi
echo "vm-test: base system ready ($(( $(date +%s) - t0 )) s)"

# CI runs the machine test only where KVM boots this kernel: under plain
# emulation it takes about ten minutes more than the CI budget leaves. Some
# nested hosts (an AMD EPYC seen here) offer /dev/kvm, run a boot sector,
# yet never get a Linux kernel to print its first line.
if $if_kvm; then
  [ -r /dev/kvm ] && [ -w /dev/kvm ] || skip "no usable /dev/kvm on this machine"
  probe="$work/kvm-probe"
  rm -rf "$probe" && mkdir -p "$probe"
  tar -C "$probe" -xf "$work/base.tar" --wildcards './boot/vmlinuz-*' './boot/initrd.img-*'
  first_line=$(timeout 60 qemu-system-x86_64 -accel kvm -cpu host,arch-capabilities=off -machine q35 -m 512 \
      -display none -serial stdio -monitor none -no-reboot \
      -kernel "$(ls "$probe"/boot/vmlinuz-* | head -1)" -initrd "$(ls "$probe"/boot/initrd.img-* | head -1)" \
      -append "console=ttyS0 panic=-1" 2>/dev/null | grep -a -m1 "Linux version" || true)
  rm -rf "$probe"
  [ -n "$first_line" ] || skip "/dev/kvm is here but a Linux guest under KVM printed nothing in 60 s (nested virtualisation)"
  echo "vm-test: KVM boots a Linux guest here: the machine test runs"
fi

deb=${1:-}
if [ -z "$deb" ]; then
  scripts/package.sh
  deb=$(ls -t target/debian/passerelle_*_amd64.deb | head -1)
fi
echo "vm-test: package $deb ($(( $(date +%s) - t0 )) s)"

# 2. Keys, updates and sticks, made with the host's binary (the same code).
cargo build --locked --quiet
bin="$project/target/debug/passerelle"
cp "$bin" "$work/passerelle"
rm -rf "$work/keys" "$work/updates"
"$bin" content keygen --out "$work/keys" >/dev/null
key=$(sed -n 2p "$work/keys/passerelle.pub")
make_update() { # name version greeting
  local dir="$work/updates/$1"
  mkdir -p "$dir"
  cp -r "$project/locales" "$project/content" "$dir/"
  sed -i "s/^welcome-greeting = .*/welcome-greeting = $3/" "$dir/locales/fr/passerelle.ftl"
  "$bin" content sign "$dir" --key "$work/keys/passerelle.key" --version "$2" >/dev/null
}
make_update v2 2 "Bienvenue"
make_update v1 1 "Ancienne version"
make_update tampered 3 "Version trois"
sed -i 's/^welcome-greeting = .*/welcome-greeting = Version piratée/' "$work/updates/tampered/locales/fr/passerelle.ftl"
for stick in v2 v1 tampered; do
  img="$work/stick-$stick.img"
  rm -f "$img"
  mkfs.vfat -C "$img" 65536 >/dev/null
  MTOOLS_SKIP_CHECK=1 mcopy -s -i "$img" "$work/updates/$stick" ::/passerelle
done

# The kiosk's configuration, in the machine and for the host's screenshots.
config='organisation = "Mairie de Testville"
stats = "/var/lib/passerelle/stats"
content = "/var/lib/passerelle/content"
state = "/var/lib/passerelle/state"
content-key = "'"$key"'"

[location]
latitude = 45.764
longitude = 4.8357
town = "Lyon"

[languages]
offered = ["fr", "ar"]
default = "fr"

[screen]
width = 800
height = 480'
printf '%s\n' "$config" > "$work/guest-config.toml"
# The host draws the same screens: without the update, then with update 2.
printf '%s\n' "$config" | grep -v '^stats\|^content\|^state' > "$work/host-config.toml"
printf '%s\n' "$config" | sed -e "s#^content = .*#content = \"$work/updates/v2\"#" \
  -e "s#^state = .*#state = \"$work/host-state\"#" -e '/^stats/d' > "$work/host-config-updated.toml"
rm -rf "$work/host-state"

# 3. The image: the base system, the package installed as an operator would,
#    the configuration; the kernel and initrd beside it.
root="$work/root"
$sudo rm -rf "$root"
mkdir -p "$root"
$sudo tar -C "$root" -xf "$work/base.tar"
$sudo cp "$deb" "$root/tmp/passerelle.deb"
$sudo chroot "$root" dpkg -i /tmp/passerelle.deb
# Kept in the image: the machine upgrades and purges it as an operator would.
$sudo mv "$root/tmp/passerelle.deb" "$root/root/passerelle.deb"
$sudo cp "$work/guest-config.toml" "$root/etc/passerelle/config.toml"
echo "kiosk" | $sudo tee "$root/etc/hostname" >/dev/null
echo "/dev/vda / ext4 rw,errors=remount-ro 0 1" | $sudo tee "$root/etc/fstab" >/dev/null
$sudo cp "$root"/boot/vmlinuz-* "$work/vmlinuz"
$sudo cp "$root"/boot/initrd.img-* "$work/initrd.img"
rm -f "$work/image.raw"
$sudo mkfs.ext4 -q -L kiosk -d "$root" "$work/image.raw" 3G
echo "vm-test: image ready ($(( $(date +%s) - t0 )) s)"

# 4. Boot it and check it.
python3 scripts/vm-test.py "$work"
echo "vm-test: done in $(( $(date +%s) - t0 )) s"
