# Shared by the scripts in this folder: `source scripts/lib.sh`; it does nothing on its own.

# Runs a command as root: as it is when we are root, else through sudo, which must then be
# allowed without a password wherever nobody is there to type one (CI).
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: '$*' must run as root, and sudo is not installed; run this script as root" >&2
    return 1
  fi
}

# Installs Debian packages, quietly and without their recommendations. (`env` passes
# DEBIAN_FRONTEND on: sudo would drop it from the environment.)
apt_install() {
  echo "installing: $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
