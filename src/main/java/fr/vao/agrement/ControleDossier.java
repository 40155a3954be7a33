package fr.vao.agrement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.vao.agrement.DeclarationExistant.Erreur;
import fr.vao.compte.Formats;
import fr.vao.document.Categorie;

/**
 * The rules of an agrément request's steps (spec §2.6, ADR 0026). <b>Permissive</b> while the request is modifiable:
 * nothing is required, but what is given must be well-formed (lengths, numbers, choices among the lists), so that a
 * step can be saved half-done. <b>Strict</b> at transmission: every required field, the minimum lengths and the
 * required documents, on every step of the request's type (the reference checked this only in part, server side).
 * Each error names the form field it belongs to; documents are on {@code pieces[CATEGORY]}.
 */
public final class ControleDossier {

    /** The minimum length of the free texts the spec requires "≥ 20 chars". */
    static final int TEXTE_MIN = 20;
    static final int TEXTE_MAX = 4000;
    static final int COMMENTAIRE_MAX = 1000;
    private static final Pattern TELEPHONE = Pattern.compile(Formats.TELEPHONE);
    private static final Pattern EMAIL = Pattern.compile(Formats.EMAIL);

    /** Files required at transmission, by step (the bilan ones for a renewal, the procès-verbal for a PM). */
    static final Map<EtapeAgrement, List<Categorie>> PIECES_REQUISES = Map.of(
            EtapeAgrement.COORDONNEES, List.of(Categorie.AGR_PROCVERBAL),
            EtapeAgrement.DOSSIER, List.of(Categorie.AGR_IMMATRICUL, Categorie.AGR_ASSURRESP, Categorie.AGR_ASSURRAPAT),
            EtapeAgrement.BILAN, List.of(Categorie.AGR_BILANQUALITPERCEPTION, Categorie.AGR_BILANQUALITPERSPECTIVE,
                    Categorie.AGR_BILANQUALITELEMARQ),
            EtapeAgrement.PROJET, List.of(Categorie.AGR_PROJSEJCOMPETEXP, Categorie.AGR_PROJETSSEJOURSMESURES));

    private final List<Erreur> erreurs = new ArrayList<>();
    private final boolean strict;
    private final LocalDate aujourdHui;

    private ControleDossier(boolean strict, LocalDate aujourdHui) {
        this.strict = strict;
        this.aujourdHui = aujourdHui;
    }

    /** The errors of a step's content being saved (permissive). */
    static List<Erreur> permissif(EtapeAgrement etape, Object contenu, Collection<String> activites,
            LocalDate aujourdHui) {
        ControleDossier c = new ControleDossier(false, aujourdHui);
        c.etape(etape, contenu, activites);
        return List.copyOf(c.erreurs);
    }

    /**
     * The errors that forbid the transmission, by step (empty steps absent): the strict rules on every step of the
     * request's type and its documents.
     *
     * @param categories the categories of the documents attached to the request
     */
    public static Map<EtapeAgrement, List<Erreur>> strict(DossierAgrement d, Collection<Categorie> categories,
            boolean personneMorale, LocalDate aujourdHui) {
        Map<EtapeAgrement, List<Erreur>> parEtape = new EnumMap<>(EtapeAgrement.class);
        Set<String> activites = d.activitesParCode().keySet();
        for (EtapeAgrement e : EtapeAgrement.de(d.renouvellement())) {
            ControleDossier c = new ControleDossier(true, aujourdHui);
            c.etape(e, switch (e) {
                case COORDONNEES -> d.coordonnees();
                case DOSSIER -> d.candidature();
                case BILAN -> d.bilan();
                case PROJET -> d.projet();
            }, activites);
            for (Categorie requise : PIECES_REQUISES.get(e)) {
                if (requise == Categorie.AGR_PROCVERBAL && !personneMorale) {
                    continue;
                }
                if (!categories.contains(requise)) {
                    c.erreurs.add(new Erreur(piece(requise), "agrement.erreur.piece-obligatoire"));
                }
            }
            if (!c.erreurs.isEmpty()) {
                parEtape.put(e, List.copyOf(c.erreurs));
            }
        }
        return parEtape;
    }

    /** The form field of a category's files. */
    public static String piece(Categorie c) {
        return "pieces[" + c.name() + "]";
    }

    private void etape(EtapeAgrement etape, Object contenu, Collection<String> activites) {
        switch (etape) {
            case COORDONNEES -> coordonnees((DossierAgrement.Coordonnees) contenu);
            case DOSSIER -> candidature((DossierAgrement.Candidature) contenu);
            case BILAN -> bilan((DossierAgrement.Bilan) contenu);
            case PROJET -> projet((DossierAgrement.Projet) contenu, activites);
        }
    }

    private void coordonnees(DossierAgrement.Coordonnees c) {
        if (requis("email", c.email()) && (c.email().strip().length() > 255 || !EMAIL.matcher(c.email().strip())
                .matches())) {
            ajouter("email", "format.email");
        }
        if (requis("telephone", c.telephone()) && !TELEPHONE.matcher(c.telephone().strip()).matches()) {
            ajouter("telephone", "format.telephone");
        }
    }

    private void candidature(DossierAgrement.Candidature c) {
        texte("motivations", c.motivations(), true, TEXTE_MAX);
        if (c.dateCertificat() == null) {
            if (strict) {
                ajouter("dateCertificat", "agrement.erreur.date-certificat");
            }
        } else if (c.dateCertificat().isAfter(aujourdHui)) {
            ajouter("dateCertificat", "agrement.erreur.date-future");
        }
    }

    private void bilan(DossierAgrement.Bilan b) {
        if (strict && b.annees().isEmpty()) {
            ajouter("annees", "agrement.erreur.bilan-annee");
        }
        Set<Integer> vues = new HashSet<>();
        for (int i = 0; i < b.annees().size(); i++) {
            DossierAgrement.BilanAnnuel a = b.annees().get(i);
            String p = "annees[" + i + "].";
            int annee = aujourdHui.getYear();
            if (a.annee() == null) {
                requis(p + "annee", null);
            } else if (a.annee() < annee - 5 || a.annee() > annee) {
                ajouter(p + "annee", "agrement.erreur.bilan-annee-hors");
            } else if (!vues.add(a.annee())) {
                ajouter(p + "annee", "agrement.erreur.bilan-annee-double");
            }
            nombre(p + "nbVacanciers", a.nbVacanciers(), 0);
            nombre(p + "nbHommes", a.nbHommes(), 0);
            nombre(p + "nbFemmes", a.nbFemmes(), 0);
            nombre(p + "nbJours", a.nbJours(), 0);
            if (a.nbVacanciers() != null && a.nbHommes() != null && a.nbFemmes() != null
                    && a.nbHommes() + a.nbFemmes() > a.nbVacanciers()) {
                ajouter(p + "nbHommes", "agrement.erreur.bilan-repartition");
            }
            parmi(p + "handicaps", a.handicaps(), DossierAgrement.HANDICAPS);
            parmi(p + "tranchesAge", a.tranchesAge(), DossierAgrement.TRANCHES_AGE);
            for (int j = 0; j < a.hebergements().size(); j++) {
                DossierAgrement.HebergementBilan h = a.hebergements().get(j);
                String q = p + "hebergements[" + j + "].";
                texte(q + "nom", h.nom(), false, 100);
                texte(q + "adresse", h.adresse(), false, 300);
                nombre(q + "nbJours", h.nbJours(), 1);
                mois(q + "mois", h.mois());
            }
        }
        texte("perception", b.perception(), true, TEXTE_MAX);
        texte("perspectives", b.perspectives(), true, TEXTE_MAX);
        texte("elementsMarquants", b.elementsMarquants(), true, TEXTE_MAX);
        if (b.aucunChangement() != Boolean.TRUE) {
            texte("changements", b.changements(), true, TEXTE_MAX);
        }
        texte("comptabilite", b.comptabilite(), true, TEXTE_MAX);
        texte("comparatif", b.comparatif(), true, TEXTE_MAX);
        facultatif("ressourcesHumaines", b.ressourcesHumaines());
        facultatif("commentaire", b.commentaire());
    }

    private void projet(DossierAgrement.Projet p, Collection<String> activites) {
        if (p.nbSejours() != null && p.nbSejours() < 0) {
            ajouter("nbSejours", "agrement.erreur.nombre-positif");
        }
        longueur("commentaire", p.commentaire(), COMMENTAIRE_MAX);
        auMoinsUn("deficiences", p.deficiences(), DossierAgrement.HANDICAPS);
        if (strict && p.sejours().isEmpty()) {
            ajouter("sejours", "agrement.erreur.sejour-requis");
        }
        for (int i = 0; i < p.sejours().size(); i++) {
            DossierAgrement.SejourPrevu s = p.sejours().get(i);
            String q = "sejours[" + i + "].";
            texte(q + "nomHebergement", s.nomHebergement(), false, 100);
            texte(q + "adresse", s.adresse(), false, 300);
            nombre(q + "nbVacanciers", s.nbVacanciers(), 1);
            mois(q + "mois", s.mois());
        }
        auMoinsUn("activites", p.activites(), activites);
        longueur("activitesAutres", p.activitesAutres(), COMMENTAIRE_MAX);
        nombre("nbAccompagnants", p.nbAccompagnants(), 0);
        texte("competences", p.competences(), true, TEXTE_MAX);
        texte("recrutementUrgence", p.recrutementUrgence(), true, TEXTE_MAX);
        if (strict && p.attestationCasier() != Boolean.TRUE) {
            ajouter("attestationCasier", "agrement.erreur.attestation-casier");
        }
        texte("transportAllerRetour", p.transportAllerRetour(), false, COMMENTAIRE_MAX);
        texte("transportSejour", p.transportSejour(), false, COMMENTAIRE_MAX);
        texte("suiviDistribution", p.suiviDistribution(), true, TEXTE_MAX);
        texte("suiviAccords", p.suiviAccords(), true, TEXTE_MAX);
        texte("protocoleEvacuation", p.protocoleEvacuation(), true, TEXTE_MAX);
        texte("protocoleRapatriement", p.protocoleRapatriement(), true, TEXTE_MAX);
        texte("protocoleRapatriementEtranger", p.protocoleRapatriementEtranger(), true, TEXTE_MAX);
        texte("protocoleInformationFamilles", p.protocoleInformationFamilles(), true, TEXTE_MAX);
        longueur("protocoleMateriel", p.protocoleMateriel(), TEXTE_MAX);
        longueur("protocoleRemboursement", p.protocoleRemboursement(), TEXTE_MAX);
        texte("budgetGestion", p.budgetGestion(), true, TEXTE_MAX);
        longueur("budgetComplement", p.budgetComplement(), TEXTE_MAX);
    }

    private void ajouter(String champ, String cle) {
        erreurs.add(new Erreur(champ, cle));
    }

    private static boolean vide(String s) {
        return s == null || s.isBlank();
    }

    /** Required when strict; true when there is a value to check further. */
    private boolean requis(String champ, Object valeur) {
        if (valeur == null || valeur instanceof String s && s.isBlank()) {
            if (strict) {
                ajouter(champ, "format.obligatoire");
            }
            return false;
        }
        return true;
    }

    /** A text, required when strict, of 20 characters at least ({@code precision}) or any length, and a maximum. */
    private void texte(String champ, String valeur, boolean precision, int max) {
        if (!requis(champ, valeur)) {
            return;
        }
        int n = valeur.strip().length();
        if (n > max) {
            ajouter(champ, "agrement.erreur.trop-long." + max);
        } else if (precision && strict && n < TEXTE_MIN) {
            ajouter(champ, "agrement.erreur.texte-min");
        }
    }

    /** Optional, but of 20 characters at least when given (strict). */
    private void facultatif(String champ, String valeur) {
        if (vide(valeur)) {
            return;
        }
        texte(champ, valeur, true, TEXTE_MAX);
    }

    private void longueur(String champ, String valeur, int max) {
        if (!vide(valeur) && valeur.strip().length() > max) {
            ajouter(champ, "agrement.erreur.trop-long." + max);
        }
    }

    private void nombre(String champ, Integer valeur, int min) {
        if (requis(champ, valeur) && valeur < min) {
            ajouter(champ, min == 0 ? "agrement.erreur.nombre-positif" : "agrement.erreur.nombre-un");
        }
    }

    private void mois(String champ, List<Integer> mois) {
        if (mois.stream().anyMatch(m -> m == null || m < 1 || m > 12)) {
            ajouter(champ, "agrement.erreur.mois");
        } else if (strict && mois.isEmpty()) {
            ajouter(champ, "agrement.erreur.mois-requis");
        }
    }

    private void parmi(String champ, Collection<String> choix, Collection<String> permis) {
        if (!permis.containsAll(choix)) {
            ajouter(champ, "agrement.erreur.choix-inconnu");
        }
    }

    private void auMoinsUn(String champ, Collection<String> choix, Collection<String> permis) {
        if (strict && choix.isEmpty()) {
            ajouter(champ, "agrement.erreur.au-moins-un");
        }
        parmi(champ, choix, permis);
    }
}
