#!/usr/bin/env bash
# Xianjie developer set-up on Debian 12, in one command:
#   packaging/dev.sh run [--casebook PATH]   install what is missing, build, start the station app on a demo casebook
#   packaging/dev.sh test                    install what is missing, build, check formatting, run the whole test suite
#   packaging/dev.sh build                   install what is missing and build
# Runs as root or through sudo. A second run installs nothing and rebuilds only what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev libicu-dev libsodium-dev libgl-dev
    fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core xvfb xauth clang-format poppler-utils
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    say "Installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_missing
    if [ ! -f build/CMakeCache.txt ]; then
        say "Configuring"
        cmake --preset default >/dev/null
    fi
    say "Building"
    cmake --build build
}

# The demo casebook's account: synthetic data only, so its password can be printed.
demo_user=demo
demo_password=dongfeng-2026

data_dir() { echo "${XDG_DATA_HOME:-$HOME/.local/share}/xianjie"; }

case "${1:-}" in
run)
    shift
    casebook=""
    while [ $# -gt 0 ]; do
        case "$1" in
        --casebook) casebook="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
        esac
    done
    build
    if [ -z "$casebook" ]; then
        casebook="$(data_dir)/demo.casebook"
        if [ ! -f "$casebook" ]; then
            say "Creating a demo casebook at $casebook"
            mkdir -p "$(data_dir)"
            export XIANJIE_PASSWORD="$demo_password"
            build/bin/xianjie-cli init "$casebook" --role station --code 110105100000 --name "东风街道民政服务站" \
                --user "$demo_user" --full-name "演示站长"
            build/bin/xianjie-cli demo "$casebook" --user "$demo_user" --households 3000 --seed 1
            unset XIANJIE_PASSWORD
        fi
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        shot="$here/build/screenshot.png"
        say "No display here: saving a picture of the window to $shot instead"
        XIANJIE_PASSWORD="$demo_password" QT_QPA_PLATFORM=offscreen \
            build/bin/xianjie --casebook "$casebook" --user "$demo_user" --screenshot "$shot"
        exit 0
    fi
    say "Starting Xianjie on $casebook (demo casebook: sign in as $demo_user / $demo_password)"
    exec build/bin/xianjie --casebook "$casebook"
    ;;
test)
    build
    say "Checking formatting"
    git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
    say "Running the tests"
    cd build
    ctest --output-on-failure -j 2
    ;;
build)
    build
    ;;
*)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
    ;;
esac
