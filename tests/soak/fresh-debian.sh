#!/usr/bin/env bash
# The README's quick start on a fresh Debian 12: debootstrap a minimal bookworm root, install
# only the README's prerequisites (git, make), clone this repository into it and run
# `CI=true make test` there, so a missing install step or a test that skips for a missing tool
# fails. Needs root; takes a while (every package is installed from scratch). The Debian
# mirror is the one this machine's apt uses.
#
# Usage: tests/soak/fresh-debian.sh [WORKDIR]   (default: a new directory under /var/tmp)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
[ "$(id -u)" = 0 ] || { echo "fresh-debian: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
WORK=${1:-$(mktemp -d /var/tmp/rmq-fresh-XXXXXX)}
RFS=$WORK/rootfs
mkdir -p "$RFS"

# This machine's Debian mirror, from its apt sources (deb822 or one-line format).
MIRROR=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' |
         grep -v -- '-security' | head -n 1 || true)
if [ -z "$MIRROR" ]; then
  MIRROR=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n 1 || true)
fi
[ -n "$MIRROR" ] || { echo "fresh-debian: no Debian mirror in /etc/apt" >&2; exit 2; }

command -v debootstrap >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }

cleanup() {
  for m in proc sys dev/pts dev; do umount -l "$RFS/$m" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "fresh-debian: debootstrap bookworm into $RFS"
debootstrap --variant=minbase bookworm "$RFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 || {
  tail -n 30 "$WORK/debootstrap.log" >&2; exit 1; }
cp /etc/resolv.conf "$RFS/etc/resolv.conf"
# A network that inspects TLS needs this machine's own trusted CAs (none on a plain machine,
# and then nothing is carried over): npm and curl in the root trust what this machine trusts.
EXTRA_CA=0
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  mkdir -p "$RFS/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$RFS/usr/local/share/ca-certificates/"
  EXTRA_CA=1
fi
mount -t proc proc "$RFS/proc"
mount --rbind /sys "$RFS/sys"
mount --bind /dev "$RFS/dev"
mount --bind /dev/pts "$RFS/dev/pts"

# The repository as a user's clone would be, with ../shared beside it as in CI.
git clone -q "$ROOT" "$RFS/root/rustmq"
if [ -d "$ROOT/../shared" ]; then
  cp -r "$ROOT/../shared" "$RFS/root/shared"
fi

echo "fresh-debian: the README's prerequisites, then CI=true make test"
chroot "$RFS" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin CI=true \
  EXTRA_CA=$EXTRA_CA /bin/bash -c 'set -e; export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq git make >/dev/null
    if [ "$EXTRA_CA" = 1 ]; then
      apt-get install -y -qq ca-certificates >/dev/null && update-ca-certificates >/dev/null
      export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
    fi
    cd /root/rustmq && make test' 2>&1 | tee "$WORK/make-test.log" | tail -n 40
status=${PIPESTATUS[0]}
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$WORK/make-test.log" | tail -n 1 || true)
echo "RESULT fresh_debian status=$status summary=\"$line\""
exit "$status"
