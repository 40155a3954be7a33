package fr.vao.territoire;

/** A row of the territories list: the territory, its parent's label and its fiche. */
public record LigneTerritoire(String code, String libelle, String niveau, String parentCode, String parentLibelle,
        String serviceEmail, String serviceTelephone, String correspondantNom, String correspondantPrenom) {
}
