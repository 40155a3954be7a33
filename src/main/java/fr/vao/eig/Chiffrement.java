package fr.vao.eig;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of the EIG's sensitive fields (ADR 0024). A value is {@code <key id>:<base64(iv ‖
 * ciphertext ‖ tag)>}: it is encrypted with the active key and decrypted with the key its prefix names, so that
 * values written with an older key are still read while a rotation runs.
 */
public final class Chiffrement {

    private static final int IV = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom ALEA = new SecureRandom();

    private final Map<String, SecretKeySpec> cles;
    private final String active;

    /**
     * @param cles the keys by id, each of 32 bytes
     * @param active the id of the key new values are encrypted with
     */
    public Chiffrement(Map<String, byte[]> cles, String active) {
        if (cles.isEmpty()) {
            throw new IllegalStateException("Aucune clé de chiffrement (VAO_CHIFFREMENT_CLES)");
        }
        this.cles = new LinkedHashMap<>();
        cles.forEach((id, cle) -> {
            if (id.isBlank() || id.contains(":")) {
                throw new IllegalStateException("Identifiant de clé de chiffrement invalide : « " + id + " »");
            }
            if (cle.length != 32) {
                throw new IllegalStateException("La clé de chiffrement « " + id + " » doit faire 32 octets (AES-256)");
            }
            this.cles.put(id, new SecretKeySpec(cle, "AES"));
        });
        if (!this.cles.containsKey(active)) {
            throw new IllegalStateException("La clé active « " + active + " » n'est pas parmi VAO_CHIFFREMENT_CLES");
        }
        this.active = active;
    }

    /**
     * Parses {@code id1:base64,id2:base64} (the format of {@code VAO_CHIFFREMENT_CLES}).
     *
     * @param active the active key id; blank: the last key listed
     */
    public static Chiffrement depuis(String cles, String active) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        String derniere = null;
        for (String entree : cles == null ? new String[0] : cles.split(",")) {
            if (entree.isBlank()) {
                continue;
            }
            int i = entree.indexOf(':');
            if (i <= 0) {
                throw new IllegalStateException("VAO_CHIFFREMENT_CLES attend id:clé_base64, séparés par des virgules");
            }
            derniere = entree.substring(0, i).strip();
            try {
                m.put(derniere, Base64.getDecoder().decode(entree.substring(i + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("La clé de chiffrement « " + derniere + " » n'est pas en base64", e);
            }
        }
        return new Chiffrement(m, active == null || active.isBlank() ? derniere : active.strip());
    }

    public String cleActive() {
        return active;
    }

    /** The id of the key a stored value was encrypted with; null for null. */
    public static String cleDe(String valeur) {
        return valeur == null ? null : valeur.substring(0, Math.max(0, valeur.indexOf(':')));
    }

    public String chiffrer(String clair) {
        if (clair == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV];
            ALEA.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, cles.get(active), new GCMParameterSpec(TAG_BITS, iv));
            byte[] chiffre = c.doFinal(clair.getBytes(StandardCharsets.UTF_8));
            byte[] tout = ByteBuffer.allocate(IV + chiffre.length).put(iv).put(chiffre).array();
            return active + ":" + Base64.getEncoder().encodeToString(tout);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement impossible", e);
        }
    }

    public String dechiffrer(String valeur) {
        if (valeur == null) {
            return null;
        }
        int i = valeur.indexOf(':');
        SecretKeySpec cle = i > 0 ? cles.get(valeur.substring(0, i)) : null;
        if (cle == null) {
            throw new IllegalStateException("Valeur chiffrée avec une clé inconnue : « "
                    + (i > 0 ? valeur.substring(0, i) : "?") + " »");
        }
        try {
            byte[] tout = Base64.getDecoder().decode(valeur.substring(i + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, cle, new GCMParameterSpec(TAG_BITS, tout, 0, IV));
            return new String(c.doFinal(tout, IV, tout.length - IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Déchiffrement impossible", e);
        }
    }

    /** The value encrypted with the active key (unchanged when it already is). */
    public String rechiffrer(String valeur) {
        return valeur == null || active.equals(cleDe(valeur)) ? valeur : chiffrer(dechiffrer(valeur));
    }
}
