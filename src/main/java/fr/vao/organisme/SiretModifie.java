package fr.vao.organisme;

/**
 * An organisme moved to a new SIRET (spec §2.5, succession): published in the transaction of the change, so that the
 * notifications it causes commit with it.
 *
 * @param porteurAgrement a personne physique or a siège social: its DREETS is told; otherwise its siège's users are
 * @param region the région of the organisme, for when it has no agrément yet
 */
public record SiretModifie(long organismeId, String nom, String ancienSiret, String nouveauSiret,
        boolean porteurAgrement, String region) {
}
