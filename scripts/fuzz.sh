#!/usr/bin/env bash
# Fuzzes the kiosk's parsers with libFuzzer (cargo fuzz, nightly Rust): the
# operator's config.toml, the content and translation files of an update, and
# the open-data importers. Seeds come from the project's own files.
#
#   scripts/fuzz.sh               # 60 seconds per target, every target
#   scripts/fuzz.sh 600 import    # 10 minutes on the importers
#
# A crash leaves its input in fuzz/artifacts/TARGET/ and stops the script;
# replay it with `cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(config content locales import)

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seeds: the first byte of a content, locales or import input picks the file
# or the format, as in fuzz/fuzz_targets/.
corpus=fuzz/corpus
mkdir -p "$corpus"/{config,content,locales,import}
cp deploy/config.toml "$corpus/config/deploy.toml"
seed() { # seed TARGET INDEX FILE
  { printf "\\$(printf '%03o' "$2")"; cat "$3"; } > "$corpus/$1/$2-$(basename "$3")"
}
i=0
for name in $(cd content && find . -type f | sed 's#^\./##' | LC_ALL=C sort); do
  seed content $i "content/$name"; i=$((i + 1))
done
i=0
for name in $(cd locales && find . -type f | sed 's#^\./##' | LC_ALL=C sort); do
  [ "${name##*/}" = passerelle.ftl ] || [ "$name" = languages.toml ] && seed locales $i "locales/$name"
  i=$((i + 1))
done
seed import 0 tests/fixtures/france-services-small.csv
seed import 1 tests/fixtures/dila-bulk.json
seed import 1 tests/fixtures/dila-api.json
seed import 2 tests/fixtures/data-inclusion.json
# The shapes of the hostile-input review: a config with every kind of bad
# value, a CSV without a day's column and one cut short, 24-hour DILA hours,
# impossible amounts and ceilings, messages that cannot be formatted.
cp fuzz/seeds/config-hostile.toml "$corpus/config/hostile.toml"
seed import 0 fuzz/seeds/fs-no-monday.csv
seed import 0 fuzz/seeds/fs-cut.csv
seed import 1 fuzz/seeds/dila-24h.json
# Duplicate ids, control characters, backward and blank hours; DILA records
# of the wrong type; a zone against its location, unknown languages, a wall
# screen.
seed import 0 fuzz/seeds/fs-dup-control-backward.csv
seed import 1 fuzz/seeds/dila-wrong-types.json
cp fuzz/seeds/config-zone-languages.toml "$corpus/config/zone-languages.toml"
# A DILA file read as it comes: its list under "results" after other keys,
# "service" not a list; data·inclusion networks written as a string.
seed import 1 fuzz/seeds/dila-shapes.json
seed import 2 fuzz/seeds/di-network-string.json
# Day cells with empty parts and names with bidi overrides; a DILA file in
# Latin-1; empty paths and unknown languages in a config; a language listed
# twice and a code that is none; a translation file in Latin-1.
seed import 0 fuzz/seeds/fs-empty-parts-bidi.csv
seed import 1 fuzz/seeds/dila-latin1.json
cp fuzz/seeds/config-empty-paths.toml "$corpus/config/empty-paths.toml"
at() { # the index of FILE among the sorted files of FOLDER, as the seeds above number them
  (cd "$1" && find . -type f | sed 's#^\./##' | LC_ALL=C sort | grep -nx "$2" | cut -d: -f1 | awk '{print $1 - 1}')
}
seed content "$(at content ceilings.toml)" fuzz/seeds/ceilings-nan.toml
seed locales "$(at locales en/passerelle.ftl)" fuzz/seeds/passerelle-self-ref.ftl
seed locales "$(at locales fr/passerelle.ftl)" fuzz/seeds/passerelle-latin1.ftl
seed locales "$(at locales languages.toml)" fuzz/seeds/languages-dup-bad.toml

for target in "${targets[@]}"; do
  echo "fuzz: $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "$corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1
done
echo "fuzz: no crash in ${targets[*]} (${seconds}s each)"
