#!/usr/bin/env bash
# Makes the embedded Tamil and Bengali fonts: Noto Sans Tamil and Noto Sans
# Bengali (SIL OFL, from Debian's fonts-noto-core) with the Latin letters,
# signs and punctuation of Noto Sans added, regular and bold. A Tamil or
# Bengali line that holds a French name ("France Services", "PUMa") or an
# amount in euros is then drawn from one font: a line drawn from two was
# measured a few pixels short and lost its last letter at the box edge.
#
#   scripts/indic-font.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need-packages.sh
need_packages indic-font -- python3-fonttools

work=target/indic-font
mkdir -p "$work"
if [ ! -f "$work/NotoSans-Regular.ttf" ]; then
  (cd "$work" && apt-get download fonts-noto-core >/dev/null && dpkg -x fonts-noto-core_*.deb pkg \
    && for f in NotoSans NotoSansTamil NotoSansBengali; do
         mv pkg/usr/share/fonts/truetype/noto/$f-{Regular,Bold}.ttf .
       done && rm -rf pkg fonts-noto-core_*.deb)
fi
for script in Tamil Bengali; do
  for weight in Regular Bold; do
    /usr/bin/python3 scripts/indic-font.py "$work/NotoSans$script-$weight.ttf" \
      "$work/NotoSans-$weight.ttf" "ui/fonts/NotoSans$script-$weight.ttf"
  done
done 2>&1 | grep -v "^WARNING"
ls -l ui/fonts/NotoSans{Tamil,Bengali}-*.ttf
