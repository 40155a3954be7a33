package fr.vao.hebergement;

/**
 * The address of an hébergement as stored, resolved by the server: from the API Adresse (with its BAN id and position)
 * or from the manual form (a commune of the reference data, no position).
 *
 * @param departement the département of the commune (never typed by the user)
 */
public record AdresseHebergement(String label, String codeInsee, String codePostal, String departement,
        Double latitude, Double longitude, String cleBan) {

    public boolean localisee() {
        return latitude != null && longitude != null;
    }
}
