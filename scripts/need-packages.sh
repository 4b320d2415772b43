# Sourced by the scripts that install Debian packages:
#   need_packages NAME [APT-GET OPTION...] -- PACKAGE...
# installs the PACKAGEs that are not installed yet (saying which, as NAME),
# with sudo when not root. Safe to run again.
need_packages() {
  local name=$1
  shift
  local options=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
  shift
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "$name: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${options[@]}" "${missing[@]}"
}
