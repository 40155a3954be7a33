#!/usr/bin/env bash
# Builds VAO's CI base image from Debian packages only, without a Docker engine (ADR 0037, docs/deploy.md):
# debootstrap bookworm (minbase) + openjdk-17-jre-headless, ca-certificates, fonts-dejavu-core, tzdata, cleaned, then
# packed as a docker-archive tarball ("docker save" layout: manifest.json, config, one uncompressed layer) that Jib
# takes as base with -Djib.from.image=tar://<file>. Production uses the platform registry's base image instead.
#
#   deploy/image/construire-base.sh [output.tar]      (root; default target/image-base/vao-base.tar)
#   DEBIAN_MIRROR=http://… to use another Debian mirror.
set -euo pipefail

sortie=$(realpath -m "${1:-target/image-base/vao-base.tar}")
miroir=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
paquets=openjdk-17-jre-headless,ca-certificates,fonts-dejavu-core,tzdata

[ "$(id -u)" = 0 ] || { echo "construire-base.sh : à lancer en root (debootstrap)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "construire-base.sh : debootstrap manque (apt-get install debootstrap)" >&2; exit 1; }

travail=$(mktemp -d "${TMPDIR:-/tmp}/vao-base.XXXXXX")
trap 'umount -l "$travail/rootfs/proc" 2>/dev/null || true; rm -rf "$travail"' EXIT
racine=$travail/rootfs
archi=$(dpkg --print-architecture)

debootstrap --variant=minbase --arch="$archi" --include="$paquets" bookworm "$racine" "$miroir" >"$travail/debootstrap.log" 2>&1 \
  || { tail -50 "$travail/debootstrap.log" >&2; exit 1; }

for m in proc sys dev/pts dev; do if mountpoint -q "$racine/$m"; then umount -l "$racine/$m"; fi; done
if grep -q " $racine/" /proc/mounts; then echo "construire-base.sh : un montage reste sous $racine" >&2; exit 1; fi
mount -t proc proc "$racine/proc"
version=$(chroot "$racine" java -version 2>&1 | head -1)
umount "$racine/proc"

# Nothing the container needs at run time: package caches and lists, docs, man pages, translations, logs, the
# build host's resolver and hostname, device nodes (the container runtime provides /dev, /proc, /sys and /run).
rm -rf "$racine"/var/cache/apt/* "$racine"/var/lib/apt/lists/* "$racine"/var/cache/debconf/*-old \
  "$racine"/usr/share/doc/* "$racine"/usr/share/man/* "$racine"/usr/share/info/* "$racine"/usr/share/lintian \
  "$racine"/var/log/* "$racine"/tmp/* "$racine"/var/tmp/* "$racine"/run/* "$racine"/dev/* "$racine"/proc/* \
  "$racine"/sys/* "$racine"/etc/resolv.conf "$racine"/etc/hostname "$racine"/etc/machine-id
find "$racine"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
chmod 1777 "$racine"/tmp "$racine"/var/tmp

# docker-archive: one layer, its diff_id the sha256 of the uncompressed tar (Jib compresses it while caching).
image=$travail/image
mkdir -p "$image"
tar --numeric-owner --xattrs --sort=name -C "$racine" -cf "$image/couche.tar" .
diff_id=$(sha256sum "$image/couche.tar" | cut -d' ' -f1)
cree=$(date -u +%Y-%m-%dT%H:%M:%SZ)
java_home=/usr/lib/jvm/java-17-openjdk-$archi
cat >"$image/config.json" <<JSON
{"architecture":"$archi","os":"linux","created":"$cree",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8","JAVA_HOME=$java_home"],
  "Labels":{"org.opencontainers.image.title":"vao-base","org.opencontainers.image.description":"Debian bookworm minbase, OpenJDK 17 JRE headless (CI base of VAO)"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"$cree","created_by":"deploy/image/construire-base.sh: debootstrap bookworm minbase + $paquets"}]}
JSON
cat >"$image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["vao-base:bookworm"],"Layers":["couche.tar"]}]
JSON
mkdir -p "$(dirname "$sortie")"
tar -C "$image" -cf "$sortie.partiel" manifest.json config.json couche.tar
mv "$sortie.partiel" "$sortie"
echo "image de base : $sortie ($(du -h "$sortie" | cut -f1), $version)"
