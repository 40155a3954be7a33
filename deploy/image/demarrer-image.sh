#!/usr/bin/env bash
# Starts the image's entrypoint without a container engine (root: chroot into its unpacked layers, as the uid of
# its config) and checks that Spring Boot starts VAO: the JRE, the classpath and the main class work as non-root.
# No database is given, so the start stops there; the check is the start-up line.  (ADR 0037)
#   deploy/image/demarrer-image.sh target/jib-image.tar
set -euo pipefail
image=$(realpath "$1")
racine=$(mktemp -d "${TMPDIR:-/tmp}/vao-image.XXXXXX")
trap 'umount -l "$racine/proc" 2>/dev/null || true; rm -rf "$racine"' EXIT
mkdir -p "$racine/.image"
tar -xf "$image" -C "$racine/.image"
python3 - "$racine/.image" <<'PY'
import json, shlex, sys
d = sys.argv[1]
m = json.load(open(d + "/manifest.json"))[0]
c = json.load(open(d + "/" + m["Config"]))["config"]
open(d + "/config", "w").write("%s %s %s\n" % (c["User"], c.get("WorkingDir", "/"), shlex.join(c["Entrypoint"])))
open(d + "/couches", "w").write("\n".join(m["Layers"]) + "\n")
PY
read -r utilisateur repertoire entree <"$racine/.image/config"
while read -r couche; do tar -xzf "$racine/.image/$couche" -C "$racine" 2>/dev/null; done <"$racine/.image/couches"
rm -rf "$racine/.image"
mkdir -p "$racine/proc" "$racine/dev"
mount -t proc proc "$racine/proc"
journal=$(mktemp)
# env -i: only what the image's config and a production start would have (no SPRING_PROFILES_ACTIVE)
chroot --userspec="$utilisateur" "$racine" /usr/bin/env -i \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:9/vao \
  sh -c "cd $repertoire && exec $entree" >"$journal" 2>&1 &
java=$!
for _ in $(seq 120); do
  grep -q "Starting VaoApplication" "$journal" && break
  kill -0 "$java" 2>/dev/null || break
  sleep 1
done
kill "$java" 2>/dev/null || true
wait "$java" 2>/dev/null || true
if grep -q "Starting VaoApplication" "$journal"; then
  echo "démarrage de l'image : $(grep -o 'Starting VaoApplication.*' "$journal" | head -1 | cut -c1-120)"
  rm -f "$journal"
else
  tail -40 "$journal" >&2; rm -f "$journal"
  echo "demarrer-image.sh : VAO ne démarre pas depuis l'image" >&2; exit 1
fi
