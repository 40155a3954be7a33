package fr.vao.sejour;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;

/** Complete déclarations for the unit tests: a stay of July 2027 in one hébergement of Paris. */
final class DeclarationsExemple {

    private DeclarationsExemple() {
    }

    static final ProtocoleTransport TRANSPORT = new ProtocoleTransport(Set.of("organisateur"), Set.of("autocar"),
            "Car affrété depuis Paris", false, true, "Rampe d'accès et ancrages");
    static final ProtocoleSanitaire SANITAIRE = new ProtocoleSanitaire(false, null, Set.of(), null, false, null, true,
            Set.of("accompagnant"), "Distribution par l'accompagnant référent", true, "Armoire fermée à clé", true,
            false, null, "aucune", null, true, false, null, true, false, null, false, null, false, null, true,
            "Plan canicule du lieu", "Argent de poche remis chaque jour");

    static DeclarationSejour complete(Statut statut) {
        return new DeclarationSejour(1, statut == Statut.BROUILLON ? null : "DS-27-75-0001", statut, 1, "75",
                new InformationsGenerales("Été à la mer", ReglesDeclarationTest.DEBUT, ReglesDeclarationTest.FIN,
                        ReglesDeclarationTest.RESPONSABLE),
                new Vacanciers(4, 6, 10, Set.of("18_39"), Set.of("moteur"), "Fauteuils roulants"),
                new PersonnelPrevu(3, 1, true), Equipe.vide(),
                new ProjetSejour(Set.of("mer"), Set.of("baignade"), Set.of(), Set.of(), null), TRANSPORT, SANITAIRE,
                new SelectionHebergements(List.of(new Etape(UUID.randomUUID(), 1, "Gîte", "75",
                        ReglesDeclarationTest.DEBUT, ReglesDeclarationTest.FIN, null)), null),
                null, 0);
    }

    static DeclarationSejour avecVacanciers(Vacanciers v) {
        DeclarationSejour d = complete(Statut.BROUILLON);
        return new DeclarationSejour(d.id(), d.numero(), d.statut(), d.organismeId(), d.departementSuivi(),
                d.informations(), v, d.personnel(), d.equipe(), d.projet(), d.transport(), d.sanitaire(),
                d.hebergements(), d.attestation(), d.version());
    }

    static DeclarationSejour avecLibelle(String libelle) {
        DeclarationSejour d = complete(Statut.BROUILLON);
        InformationsGenerales i = d.informations();
        return new DeclarationSejour(d.id(), d.numero(), d.statut(), d.organismeId(), d.departementSuivi(),
                new InformationsGenerales(libelle, i.dateDebut(), i.dateFin(), i.responsable()), d.vacanciers(),
                d.personnel(), d.equipe(), d.projet(), d.transport(), d.sanitaire(), d.hebergements(),
                d.attestation(), d.version());
    }
}
