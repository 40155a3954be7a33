package fr.vao.organisme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.vao.entreprise.ApiEntreprise;
import fr.vao.entreprise.Sirene;

/**
 * What the State's registries say of an organisme (spec §2.5, §7.1, §7.2), in the fiche's terms. An unavailable
 * registry is an answer, never an exception: the organiser then types the data by hand ("non vérifié").
 */
@Service
public class Registres {

    /** The identity of a SIRET according to INSEE. */
    public sealed interface Identite {
        record Trouvee(IdentiteInsee identite) implements Identite {
        }

        record Inconnue() implements Identite {
        }

        record Indisponible() implements Identite {
        }
    }

    /** The successor of an establishment after a move (INSEE liensSuccession), with its identity. */
    public sealed interface Succession {
        record Trouvee(IdentiteInsee identite) implements Succession {
        }

        record Aucune() implements Succession {
        }

        record Indisponible() implements Succession {
        }
    }

    private final Sirene sirene;
    private final ApiEntreprise apiEntreprise;
    private final Clock horloge;

    Registres(Sirene sirene, ApiEntreprise apiEntreprise, Clock horloge) {
        this.sirene = sirene;
        this.apiEntreprise = apiEntreprise;
        this.horloge = horloge;
    }

    public Identite identite(String siret) {
        Sirene.Reponse reponse = sirene.etablissement(siret, LocalDate.now(horloge));
        if (reponse instanceof Sirene.Reponse.Trouve t) {
            return new Identite.Trouvee(identite(t.etablissement()));
        }
        return reponse instanceof Sirene.Reponse.Inconnu ? new Identite.Inconnue() : new Identite.Indisponible();
    }

    public Succession successeur(String siret) {
        Sirene.Succession succession = sirene.successeur(siret);
        if (succession instanceof Sirene.Succession.Successeur s) {
            Identite identite = identite(s.siret());
            if (identite instanceof Identite.Trouvee t) {
                return new Succession.Trouvee(t.identite());
            }
            return identite instanceof Identite.Inconnue ? new Succession.Aucune() : new Succession.Indisponible();
        }
        return succession instanceof Sirene.Succession.AucunSuccesseur ? new Succession.Aucune()
                : new Succession.Indisponible();
    }

    private static IdentiteInsee identite(fr.vao.entreprise.Etablissement e) {
        return new IdentiteInsee(e.siret(), e.siege(), e.actif() && e.uniteLegaleActive(), e.denomination(),
                e.nomCommercial(), e.categorieJuridique(), e.adresse().ligne(), e.adresse().codeCommune(), "France", e.nomNaissance(),
                e.nomUsage(), e.prenom(), e.latitude(), e.longitude());
    }

    /** The représentants légaux of a personne morale (RCS); empty when the API could not answer. */
    public Optional<List<RepresentantLegal>> representants(String siren) {
        if (apiEntreprise.representantsLegaux(siren) instanceof ApiEntreprise.Reponse.Representants r) {
            return Optional.of(r.representants().stream()
                    .map(x -> new RepresentantLegal(x.nom(), x.prenom(), x.fonction())).toList());
        }
        return Optional.empty();
    }

    /** The établissements secondaires of a SIREN (the siège excluded); empty when INSEE could not answer. */
    public Optional<List<Etablissement>> etablissementsSecondaires(String siren) {
        Sirene.Etablissements reponse = sirene.etablissementsDuSiren(siren, LocalDate.now(horloge));
        if (reponse instanceof Sirene.Etablissements.Liste l) {
            return Optional.of(l.etablissements().stream().filter(e -> !e.siege())
                    .filter(fr.vao.entreprise.Etablissement::uniteLegaleActive)
                    .map(e -> new Etablissement(e.siret(), e.denomination(), adresseSansCommune(e.adresse()),
                            e.adresse().codePostal(), e.adresse().commune(), e.actif(), false))
                    .toList());
        }
        return reponse instanceof Sirene.Etablissements.Inconnu ? Optional.of(List.of()) : Optional.empty();
    }

    private static String adresseSansCommune(fr.vao.entreprise.Etablissement.Adresse a) {
        return new fr.vao.entreprise.Etablissement.Adresse(a.numeroVoie(), a.typeVoie(), a.libelleVoie(),
                a.complement(), null, null, null).ligne();
    }
}
