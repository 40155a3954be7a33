package fr.vao.organisme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;

/**
 * The fiche of an organisme as its steps and synthèse show it. For an établissement secondaire the protocols are its
 * siège's, read-only, with their documents.
 */
public record Fiche(Organisme organisme, Optional<RenseignementsMorale> morale,
        Optional<RenseignementsPhysique> physique, List<Etablissement> etablissements,
        Optional<ProtocoleTransport> transport, Optional<ProtocoleSanitaire> sanitaire, boolean protocolesDuSiege,
        List<DocumentStocke> documents) {

    public Fiche {
        documents = List.copyOf(documents);
    }

    /** The optional documents of step 3 (the siège's for an établissement secondaire). */
    public List<DocumentStocke> documentsTransport() {
        return documents.stream().filter(d -> d.categorie() == Categorie.PROTOCOLE_TRANSPORT).toList();
    }

    /** The optional documents of step 4 (the siège's for an établissement secondaire). */
    public List<DocumentStocke> documentsSanitaire() {
        return documents.stream().filter(d -> d.categorie() == Categorie.PROTOCOLE_SANITAIRE).toList();
    }

    /** The steps of this kind of organisme, in order (no établissements step but for a siège social). */
    public List<Section> sections() {
        return sections(organisme.estSiege());
    }

    /** The steps before the first save: a personne morale is expected to be a siège social. */
    public static List<Section> sections(TypeOrganisme type) {
        return sections(type != TypeOrganisme.PERSONNE_PHYSIQUE);
    }

    private static List<Section> sections(boolean siege) {
        List<Section> s = new ArrayList<>(List.of(Section.values()));
        if (!siege) {
            s.remove(Section.ETABLISSEMENTS);
        }
        return s;
    }

    public boolean estComplete(Section section) {
        return switch (section) {
            case RENSEIGNEMENTS -> organisme.estPersonneMorale()
                    ? morale.map(m -> m.erreurs().aucune()).orElse(false)
                    : physique.map(p -> p.erreurs().aucune()).orElse(false);
            case ETABLISSEMENTS -> true;
            case TRANSPORT -> transport.map(t -> t.erreurs().aucune()).orElse(false);
            case SANITAIRE -> sanitaire.map(t -> t.erreurs().aucune()).orElse(false);
        };
    }

    public List<Section> incompletes() {
        return sections().stream().filter(s -> !estComplete(s)).toList();
    }

    /** Identity checked against INSEE (false: typed by hand while INSEE was unavailable, "non vérifié"). */
    public boolean identiteVerifiee() {
        return morale.map(RenseignementsMorale::verifiee).or(() -> physique.map(RenseignementsPhysique::verifiee))
                .orElse(false);
    }

    /** The name agents and lists show: raison sociale, or "Prénom Nom" of a personne physique. */
    public String nom() {
        return morale.map(RenseignementsMorale::raisonSociale)
                .or(() -> physique.map(p -> p.prenom() + " " + (p.nomUsage() == null || p.nomUsage().isBlank()
                        ? p.nomNaissance() : p.nomUsage())))
                .orElse(organisme.siret());
    }
}
