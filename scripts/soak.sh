#!/usr/bin/env bash
# The soak test at full length: 100 000 random taps on the kiosk with mock
# time (idle questions and session wipes included), in a release build, then
# the kiosk's resident memory. `cargo test` runs a short version of it.
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK_TAPS="${SOAK_TAPS:-100000}" cargo test --release --test kiosk soak:: -- --nocapture
