#!/usr/bin/env bash
# Starts the image without a container engine and checks it as Kubernetes would (ADR 0037, docs/deploy.md):
# its layers unpacked, its entrypoint run in a chroot as the uid of its config, with the production settings of
# deploy/kubernetes (no profile, antivirus required, actuator on its own port) on a throwaway PostgreSQL (Debian's
# postgresql package, in a temporary folder). Flyway migrates the empty database; then readiness and liveness
# answer UP on the management port, the actuator is not served on the application port, the process runs as that
# uid, and SIGTERM ends it gracefully within the pod's grace period.
#   deploy/image/demarrer-image.sh target/jib-image.tar      (root)
set -euo pipefail
image=$(realpath "$1")
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pg_bin/initdb" ] || { echo "demarrer-image.sh : PostgreSQL manque (apt-get install postgresql)" >&2; exit 1; }
port_pg=${PORT_PG:-15439} port_http=${PORT_HTTP:-18080} port_gestion=${PORT_GESTION:-18081}

travail=$(mktemp -d "${TMPDIR:-/tmp}/vao-image.XXXXXX")
racine=$travail/racine journal=$travail/vao.log java=
nettoyer() {
  [ -n "$java" ] && kill -9 "$java" 2>/dev/null || true
  su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D $travail/pg -m immediate stop" >/dev/null 2>&1 || true
  umount -l "$racine/proc" 2>/dev/null || true
  rm -rf "$travail"
}
trap nettoyer EXIT
echec() { tail -40 "$journal" >&2 2>/dev/null || true; echo "demarrer-image.sh : $1" >&2; exit 1; }

# the throwaway database
mkdir -p "$travail/pg" && chown postgres "$travail" "$travail/pg"
su postgres -s /bin/sh -c "$pg_bin/initdb -D $travail/pg -U postgres -A trust >/dev/null"
su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D $travail/pg -l $travail/pg.log -w \
  -o '-p $port_pg -k $travail -c listen_addresses=127.0.0.1' start >/dev/null"
"$pg_bin/psql" -h 127.0.0.1 -p "$port_pg" -U postgres -qc "create user vao password 'vao'" -c "create database vao owner vao"

# the image's file system and config
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

# env -i: the image's environment and the production settings only (no SPRING_PROFILES_ACTIVE)
debut=$SECONDS
chroot --userspec="$utilisateur" "$racine" /usr/bin/env -i \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$port_pg/vao" SPRING_DATASOURCE_USERNAME=vao \
  SPRING_DATASOURCE_PASSWORD=vao SERVER_PORT="$port_http" MANAGEMENT_SERVER_PORT="$port_gestion" \
  VAO_CHIFFREMENT_CLES="essai:$(head -c 32 /dev/urandom | base64)" VAO_API_CLE_EPHEMERE=true \
  VAO_ANTIVIRUS_MODE=required VAO_ANTIVIRUS_CLAMD_HOTE=127.0.0.1 \
  sh -c "cd $repertoire && exec $entree" >"$journal" 2>&1 &
java=$!

# the HTTP status of a GET (no redirect followed), 000 when nothing answers; python3 rather than curl, not always there
etat() {
  python3 - "$1" <<'PY'
import sys, urllib.error, urllib.request
class Sans(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
try:
    print(urllib.request.build_opener(Sans).open(sys.argv[1], timeout=5).status)
except urllib.error.HTTPError as e:
    print(e.code)
except Exception:
    print("000")
PY
}
until [ "$(etat "http://127.0.0.1:$port_gestion/actuator/health/readiness")" = 200 ]; do
  kill -0 "$java" 2>/dev/null || echec "VAO s'est arrêté avant d'être prêt"
  [ $((SECONDS - debut)) -lt 300 ] || echec "VAO n'est pas prêt après 300 s (la sonde de démarrage en laisse autant)"
  sleep 2
done
echo "image prête en $((SECONDS - debut)) s (migrations Flyway comprises)"
[ "$(etat "http://127.0.0.1:$port_gestion/actuator/health/liveness")" = 200 ] || echec "liveness n'est pas UP"
[ "$(etat "http://127.0.0.1:$port_http/")" = 200 ] || echec "le portail organisateur ne répond pas"
[ "$(etat "http://127.0.0.1:$port_http/actuator/health")" != 200 ] || echec "l'actuator est servi sur le port public"
uid=$(awk '/^Uid:/ {print $2}' "/proc/$java/status")
[ "$uid" = "${utilisateur%%:*}" ] || echec "le processus tourne sous l'uid $uid"
grep -q "No active profile set" "$journal" || echec "un profil Spring est actif"

kill -TERM "$java"
debut=$SECONDS
while kill -0 "$java" 2>/dev/null; do
  [ $((SECONDS - debut)) -lt 30 ] || echec "pas arrêté 30 s après SIGTERM (terminationGracePeriodSeconds)"
  sleep 1
done
java=
grep -q "Graceful shutdown complete" "$journal" || echec "arrêt non gracieux"
echo "image vérifiée en marche : uid $uid, sondes UP sur le port de gestion, arrêt gracieux en $((SECONDS - debut)) s"
