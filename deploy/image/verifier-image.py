#!/usr/bin/env python3
"""Checks the image tarball built by Jib (ADR 0037), without a Docker engine:
   deploy/image/verifier-image.py target/jib-image.tar [base.tar]
- one image, whose config runs java as a numeric non-root user, exposes 8080, sets no Spring profile;
- every entry of Jib's classpath file is in a layer, and no test code or demo data is;
- with the base tarball: the image starts with the base's layer (same diff_id)."""
import hashlib, json, sys, tarfile

def echec(message):
    sys.exit("verifier-image : " + message)

image = tarfile.open(sys.argv[1])
manifeste = json.load(image.extractfile("manifest.json"))
if len(manifeste) != 1:
    echec("une seule image attendue, %d trouvées" % len(manifeste))
config = json.load(image.extractfile(manifeste[0]["Config"]))
c = config["config"]
utilisateur = c.get("User", "")
uid = utilisateur.split(":")[0]
if not uid.isdigit() or int(uid) == 0:
    echec("utilisateur %r : un uid numérique non root est attendu" % utilisateur)
entree = c.get("Entrypoint") or []
if not entree or entree[0] != "java" or "fr.vao.VaoApplication" not in entree:
    echec("point d'entrée inattendu : %r" % entree)
if "8080/tcp" not in c.get("ExposedPorts", {}):
    echec("le port 8080 n'est pas exposé")
if any(v.startswith("SPRING_PROFILES_ACTIVE=") for v in c.get("Env", [])):
    echec("SPRING_PROFILES_ACTIVE ne doit pas être fixé dans l'image (données de démonstration)")

chemins, classpath = set(), None
interdits = ("db/demo/", "dev/vao/", "application-local", "application-test", "embedded-postgres", "greenmail",
             "wiremock", "selenium")
for couche in manifeste[0]["Layers"]:
    with tarfile.open(fileobj=image.extractfile(couche)) as t:
        for membre in t:
            nom = "/" + membre.name.lstrip("./")
            chemins.add(nom.rstrip("/"))
            if nom.startswith("/app/") and any(i in nom for i in interdits):
                echec("code de test ou données de démonstration dans l'image : " + nom)
            if nom == "/app/jib-classpath-file":
                classpath = t.extractfile(membre).read().decode().strip()
if classpath is None:
    echec("/app/jib-classpath-file manque")
manquants = [e for e in classpath.split(":") if e not in chemins]
if manquants:
    echec("entrées du classpath absentes de l'image : %s" % manquants[:5])

if len(sys.argv) > 2:
    base = tarfile.open(sys.argv[2])
    base_manifeste = json.load(base.extractfile("manifest.json"))[0]
    base_config = json.load(base.extractfile(base_manifeste["Config"]))
    attendu = base_config["rootfs"]["diff_ids"]
    if config["rootfs"]["diff_ids"][:len(attendu)] != attendu:
        echec("l'image ne repose pas sur l'image de base donnée")

print("image vérifiée : %s, utilisateur %s, %s, %d couches, %d entrées de classpath"
      % (manifeste[0]["RepoTags"], utilisateur, " ".join(entree[:2]) + " … " + entree[-1],
         len(manifeste[0]["Layers"]), len(classpath.split(":"))))
