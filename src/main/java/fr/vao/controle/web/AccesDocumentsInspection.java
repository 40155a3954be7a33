package fr.vao.controle.web;

import org.springframework.stereotype.Component;

import fr.vao.controle.GestionInspections;
import fr.vao.document.AccesDocuments;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Who reads the documents of an inspection (photos, pieces, the report; ADR 0030): the agents holding Controle whose
 * perimeter holds the inspection, and, only once the report is sent, the organiser of the stay.
 */
@Component
class AccesDocumentsInspection implements AccesDocuments {

    private final GestionInspections gestion;

    AccesDocumentsInspection(GestionInspections gestion) {
        this.gestion = gestion;
    }

    @Override
    public String typeRattachement() {
        return GestionInspections.TYPE_DOCUMENT;
    }

    @Override
    public boolean peutLire(UtilisateurConnecte u, long id) {
        return u.portail() == Portail.BO ? gestion.voit(u, id) : gestion.organisateurLit(u, id);
    }
}
