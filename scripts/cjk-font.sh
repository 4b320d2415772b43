#!/usr/bin/env bash
# Makes the embedded Chinese font: Noto Sans CJK SC (SIL OFL) cut down to the
# characters the translations use, regular and bold, converted to TrueType
# outlines like the other embedded fonts. The whole font is 19 MB a weight;
# the cut is a few hundred kilobytes.
#
#   scripts/cjk-font.sh
#
# Run it again whenever a Chinese text changes: `cargo test` and `passerelle
# check` refuse a text with a character that no embedded font draws, and name
# the character. It reads every .ftl file of locales/, so a character any
# language needs from the Han script is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need-packages.sh
need_packages cjk-font -- python3-fonttools

work=target/cjk-font
mkdir -p "$work"
if [ ! -f "$work/NotoSansCJK-Regular.ttc" ]; then
  (cd "$work" && apt-get download fonts-noto-cjk >/dev/null && dpkg -x fonts-noto-cjk_*.deb pkg \
    && mv pkg/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc . && rm -rf pkg fonts-noto-cjk_*.deb)
fi
for weight in Regular Bold; do
  /usr/bin/python3 scripts/cjk-font.py "$work/NotoSansCJK-$weight.ttc" "ui/fonts/NotoSansSC-$weight-subset.ttf" locales
done
ls -l ui/fonts/NotoSansSC-*-subset.ttf
