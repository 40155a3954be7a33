package fr.vao.territoire;

import java.time.OffsetDateTime;

/**
 * The contact card of a territory (spec §2.14): its service mailbox (notifications), phone and VAO correspondent.
 *
 * @param version optimistic lock
 */
public record FicheTerritoire(String territoireCode, String serviceEmail, String serviceTelephone,
        String correspondantNom, String correspondantPrenom, OffsetDateTime modifieLe, int version) {
}
