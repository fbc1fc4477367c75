#!/usr/bin/env bash
# The Debian packages on a clean Debian 12: a minimal root made by debootstrap from Debian's archive, the packages
# installed in it by apt (which must pull in everything they need), and there: every program's --version,
# xianjie-cli init, demo, check, a backup and its restore (checked again), the monthly report as PDF (its Chinese
# font embedded), the desktop app offscreen saving a screenshot in Chinese, and the server package's system user, unit and configuration. Run as root, after
# `packaging/dev.sh package`:
#   packaging/test-package.sh [DEBS...]        (default: build/packages/*.deb)
# The screenshot is left in build/package-test/ to be looked at. XIANJIE_DEBROOT_CACHE names where the pristine
# root is kept between runs (default /var/tmp/xianjie-debroot-base).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
[ "$(id -u)" -eq 0 ] || { echo "test-package.sh makes a chroot: run it as root" >&2; exit 1; }

debs=("$@")
[ ${#debs[@]} -gt 0 ] || debs=(build/packages/*.deb)
for d in "${debs[@]}"; do [ -f "$d" ] || { echo "no package $d: run packaging/dev.sh package first" >&2; exit 1; }; done

mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
base="${XIANJIE_DEBROOT_CACHE:-/var/tmp/xianjie-debroot-base}"
root="$(mktemp -d /var/tmp/xianjie-debroot-XXXXXX)"
out="$here/build/package-test"
mkdir -p "$out"

cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT

start=$(date +%s)
if [ ! -x "$base/usr/bin/apt-get" ]; then
    say "Making a minimal Debian 12 root with debootstrap from $mirror (once; kept in $base)"
    rm -rf "$base"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >"$out/debootstrap.log" 2>&1 ||
        { tail -n 30 "$out/debootstrap.log" >&2; exit 1; }
fi
say "A fresh copy of the clean root"
cp -a "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" || echo "    (no /proc in the root: this machine does not allow the mount)"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

say "apt install of ${debs[*]##*/} on the clean system"
in_root apt-get update -qq >"$out/apt.log" 2>&1
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    $(cd "$root/tmp/debs" && printf '/tmp/debs/%s ' *.deb) >>"$out/apt.log" 2>&1; then
    tail -n 40 "$out/apt.log" >&2
    exit 1
fi
installed=$(date +%s)
grep -E '^(Need to get|After this operation)' "$out/apt.log" | sed 's/^/    /'

say "The programs, run on the clean system"
cat >"$root/tmp/run.sh" <<'EOF'
set -eu
export XIANJIE_PASSWORD=qingjie-2026 XIANJIE_BACKUP_PASSPHRASE=beifen-pass-2026
xianjie --version
xianjie-cli --version
[ ! -x /usr/bin/xianjie-server ] || xianjie-server --version
mkdir -p /tmp/t
xianjie-cli init /tmp/t/st.casebook --role station --code 110105100000 --name 东风街道民政服务站 --user zhanzhang --full-name 站长
xianjie-cli demo /tmp/t/st.casebook --user zhanzhang --households 200 --seed 3
xianjie-cli check /tmp/t/st.casebook
xianjie-cli backup /tmp/t/st.casebook --user zhanzhang --out /tmp/t/st.xjbak
xianjie-cli restore /tmp/t/st.xjbak --to /tmp/t/restored.casebook
xianjie-cli check /tmp/t/restored.casebook
xianjie-cli --lang zh_CN stats /tmp/t/restored.casebook | head -n 4
xianjie-cli --lang zh_CN report linkage /tmp/t/st.casebook --month "$(date -d 'last month' +%Y-%m)" --user zhanzhang --out /tmp/t/report.pdf
test -s /tmp/t/report.pdf
QT_QPA_PLATFORM=offscreen xianjie --casebook /tmp/t/st.casebook --user zhanzhang --lang zh_CN --screenshot /tmp/t/window.png
test -s /tmp/t/window.png
if [ -x /usr/bin/xianjie-server ]; then
    getent passwd xianjie
    stat -c '%U %a %n' /var/lib/xianjie
    test -f /etc/xianjie/server.conf
    test -f /lib/systemd/system/xianjie-server.service
fi
man -w xianjie-cli 2>/dev/null || test -f /usr/share/man/man1/xianjie-cli.1.gz
EOF
if ! in_root sh /tmp/run.sh >"$out/run.log" 2>&1; then
    tail -n 40 "$out/run.log" >&2
    exit 1
fi
sed 's/^/    /' "$out/run.log"
cp "$root/tmp/t/window.png" "$out/window-on-clean-debian.png"
cp "$root/tmp/t/report.pdf" "$out/report-on-clean-debian.pdf"
if command -v pdffonts >/dev/null; then
    # The report's Chinese is in a font embedded from what the package pulled in (Noto CJK or WenQuanYi).
    pdffonts "$out/report-on-clean-debian.pdf" | tee "$out/report-fonts.txt" | sed 's/^/    /'
    grep -qiE 'noto.*cjk|wenquanyi|wqy' "$out/report-fonts.txt" ||
        { echo "the report has no Chinese font embedded" >&2; exit 1; }
fi
if [ -f "$root/lib/systemd/system/xianjie-server.service" ]; then
    # After the programs ran with only what the packages pulled in: systemd and man-db, to verify the unit as
    # installed (its binary, user, directories and documentation).
    say "systemd-analyze verify of the installed unit"
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends systemd man-db \
        >>"$out/apt.log" 2>&1 || { tail -n 20 "$out/apt.log" >&2; exit 1; }
    in_root systemd-analyze verify /lib/systemd/system/xianjie-server.service
    echo "    verified"
fi
end=$(date +%s)
say "Passed: installed in $((installed - start)) s, all in $((end - start)) s; the window: $out/window-on-clean-debian.png"
