#!/usr/bin/env bash
# Builds the .rpm from the bundle and checks it by every means this Debian machine has: rpm's
# own reading of it (rpm -qip, its requirements), rpmlint (errors fail, packaging/rpmlintrc names
# what is filtered and why), that every library it requires exists here under that soname, and an
# install with rpm into a private root (its own database: the system is not touched), the
# installed `check`, then `rpm -e` leaving nothing. Usage: packaging/check_rpm.sh (after the bundle)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python packaging/rpm.py
rpmfile=$(ls dist/apaleo-inspector-*.x86_64.rpm)

echo "==> rpm -qip"
rpm -qip "$rpmfile" | sed -n '1,4p;/^Summary/p'

echo "==> rpmlint (errors fail the build)"
rpmlint -r packaging/rpmlintrc "$rpmfile" | tail -1

echo "==> every required library exists under that soname (here: Debian's ldconfig cache)"
missing=0
while read -r soname; do
  ldconfig -p | grep -q "^[[:space:]]*$soname " || { echo "no $soname here"; missing=1; }
done < <(rpm -qpR "$rpmfile" | sed -n 's/^\([^(]*\.so[^(]*\)()(64bit)$/\1/p')
glibc=$(rpm -qpR "$rpmfile" | sed -n 's/^libc\.so\.6(GLIBC_\([0-9.]*\))(64bit)$/\1/p' | sort -V | tail -1)
echo "needs glibc $glibc or newer (this machine: $(ldd --version | head -1 | awk '{print $NF}'))"
[ "$missing" -eq 0 ]

echo "==> install into a private root, check, erase"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
rpm --root "$root" --initdb
rpm --root "$root" -i --nodeps --nosignature "$rpmfile"
rpm --root "$root" -V --nodeps apaleo-inspector
echo "rpm -V: every file as packaged"
test "$(readlink "$root/usr/bin/apaleo-inspector")" = ../../opt/apaleo-inspector/apaleo-inspector
scripts/with-real-parts.sh "$root/usr/bin/apaleo-inspector" check
rpm --root "$root" -e apaleo-inspector
left=$(find "$root/opt" "$root/usr" -mindepth 1 \( -type f -o -type l \) 2>/dev/null | head -5)
[ -z "$left" ] || { echo "left behind: $left"; exit 1; }
echo "erased: no file left"
