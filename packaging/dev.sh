#!/usr/bin/env bash
# Xianjie developer set-up on Debian 12, in one command:
#   packaging/dev.sh run [--casebook PATH]   install what is missing, build, start the station app on a demo casebook
#   packaging/dev.sh test                    install what is missing, build, check formatting, run the whole test suite,
#                                            make the Debian packages and try them on a clean Debian 12
#   packaging/dev.sh build                   install what is missing and build
#   packaging/dev.sh fuzz [SECONDS]          build the libFuzzer targets (clang) and run them, SECONDS in all (60)
#   packaging/dev.sh fuzz --runs N [TARGET…]  the same, N executions of each target (bundle content csv casebook backup xlsx)
#   packaging/dev.sh package                 build, make the Debian packages (build/packages/) and check them
#   packaging/dev.sh package-test            the same, then install them on a clean Debian 12 (debootstrap) and run them
# Runs as root or through sudo. A second run installs nothing and rebuilds only what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev libicu-dev libsodium-dev libgl-dev
    fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core xvfb xauth clang-format poppler-utils
    libcpp-httplib-dev nginx openssl qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev zlib1g-dev unzip
)
# Only for `fuzz`: clang with libFuzzer and the sanitizers' runtime.
fuzz_packages=(clang libclang-rt-14-dev)
# Only for `package` and `package-test`: what makes and checks the Debian packages, and the clean system.
package_packages=(dpkg-dev lintian desktop-file-utils appstream systemd debootstrap)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    local wanted=("$@")
    [ ${#wanted[@]} -gt 0 ] || wanted=("${packages[@]}")
    for p in "${wanted[@]}"; do
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

fuzz_targets=(bundle content csv casebook backup xlsx)

# Seed files made by the real programs (build/bin/xianjie-cli): a station bundle, a casebook and its backup.
make_seeds() {
    local seeds="$1" cli=build/bin/xianjie-cli
    [ -f "$seeds/bundle/station.bundle" ] && [ -f "$seeds/xlsx/parts" ] && return 0
    local work
    work="$(mktemp -d)"
    mkdir -p "$seeds/bundle" "$seeds/casebook" "$seeds/backup" "$seeds/xlsx"
    export XIANJIE_PASSWORD=fuzz-pass-2026 XIANJIE_BACKUP_PASSPHRASE=fuzz-pass-2026
    "$cli" init "$work/st.casebook" --role station --code 110105100000 --name 种子站 --user seed >/dev/null
    "$cli" demo "$work/st.casebook" --user seed --households 3 --seed 5 >/dev/null
    "$cli" init "$work/co.casebook" --role county --code 110105 --name 种子县 --user seed >/dev/null
    "$cli" enroll-request "$work/st.casebook" --user seed --out "$work/req" >/dev/null
    "$cli" enroll-approve "$work/co.casebook" "$work/req" --user seed --out "$work/grant" >/dev/null
    "$cli" enroll-accept "$work/st.casebook" "$work/grant" --user seed >/dev/null
    "$cli" bundle-export "$work/st.casebook" --user seed --out "$work/stick" >/dev/null
    cp "$work"/stick/*.bundle "$seeds/bundle/station.bundle"
    "$cli" backup "$work/st.casebook" --user seed --out "$seeds/backup/station.xjbak" >/dev/null
    cp "$work/st.casebook" "$seeds/casebook/station.casebook"
    # A workbook as libxlsxwriter writes it (shared strings, dates, numbers), whole and as its XML parts (fuzz_xlsx).
    "$cli" export households "$work/st.casebook" --user seed --out "$seeds/xlsx/households.xlsx" >/dev/null
    local x="$seeds/xlsx/households.xlsx"
    { printf '\001'; for p in workbook.xml worksheets/sheet1.xml sharedStrings.xml styles.xml; do
          unzip -p "$x" "xl/$p" 2>/dev/null || true; printf '\0\0'; done; } >"$seeds/xlsx/parts"
    unset XIANJIE_PASSWORD XIANJIE_BACKUP_PASSPHRASE
    rm -rf "$work"
}

# Builds the targets and runs each for its share of $1 seconds on its corpus: the checked-in inputs (seeds and every
# input that ever crashed, kept as regression tests) and the seeds made above. A crash stops with its input saved.
fuzz() {
    # fuzz SECONDS: every target for its share of the time; fuzz --runs N [TARGET...]: N executions of each.
    local seconds=60 runs="" targets=("${fuzz_targets[@]}")
    if [ "${1:-}" = "--runs" ]; then
        runs="$2"
        shift 2
        [ $# -gt 0 ] && targets=("$@")
    elif [ -n "${1:-}" ]; then
        seconds="$1"
    fi
    install_missing "${fuzz_packages[@]}"
    if [ ! -f build-fuzz/CMakeCache.txt ]; then
        say "Configuring the fuzz targets (clang)"
        cmake --preset fuzz >/dev/null
    fi
    say "Building the fuzz targets"
    cmake --build build-fuzz --target "${fuzz_targets[@]/#/fuzz_}"
    make_seeds build-fuzz/seeds
    local per=$(( seconds / ${#targets[@]} ))
    [ "$per" -ge 1 ] || per=1
    local limit="-max_total_time=$per"
    [ -n "$runs" ] && limit="-runs=$runs"
    mkdir -p build-fuzz/crashes
    for t in "${targets[@]}"; do
        local corpus=("build-fuzz/corpus/$t")
        mkdir -p "${corpus[0]}"
        [ -d "tests/fuzz/corpus/$t" ] && corpus+=("tests/fuzz/corpus/$t")
        [ -d "build-fuzz/seeds/$t" ] && corpus+=("build-fuzz/seeds/$t")
        say "Fuzzing $t (${limit#-})"
        if ! ASAN_OPTIONS=detect_leaks=0 "build-fuzz/bin/fuzz_$t" "$limit" -timeout=30 \
            -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t-" "${corpus[@]}" \
            >"build-fuzz/fuzz_$t.log" 2>&1; then
            tail -n 60 "build-fuzz/fuzz_$t.log" >&2
            echo "fuzz_$t found a crash: its input is in build-fuzz/crashes/ (keep it under tests/fuzz/corpus/$t/)" >&2
            exit 1
        fi
        grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' "build-fuzz/fuzz_$t.log" | sed "s/^/  $t /"
    done
}

# The Debian packages from the build, and the checks Debian's own tools make of them.
package() {
    install_missing "${package_packages[@]}"
    say "Making the Debian packages"
    rm -rf build/packages
    (cd build && cpack -G DEB -B "$here/build/packages" >/dev/null)
    rm -rf build/packages/_CPack_Packages
    ls -l build/packages/*.deb
    say "lintian (errors fail)"
    lintian --fail-on error --tag-display-limit 0 build/packages/*.deb
    say "desktop-file-validate, appstreamcli validate"
    desktop-file-validate resources/cn.xianjie.Xianjie.desktop
    appstreamcli validate --no-net --explain build/cn.xianjie.Xianjie.metainfo.xml
}

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
    (cd build && ctest --output-on-failure -j 2)
    # The Debian packages, checked by Debian's tools and installed on a clean Debian 12 (about a minute).
    package
    as_root packaging/test-package.sh
    # Every fuzz target for ten seconds on its corpus (clang, AddressSanitizer + UBSan; a clean build of the
    # targets takes about two minutes here). A crash fails the run and leaves its input in build-fuzz/crashes.
    fuzz 60
    ;;
fuzz)
    build
    shift
    fuzz "$@"
    ;;
build)
    build
    ;;
package)
    build
    package
    ;;
package-test)
    build
    package
    packaging/test-package.sh
    ;;
*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
    ;;
esac
