package fr.vao.sejour.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.messagerie.Etat;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Pagination;
import fr.vao.sejour.InstructionDeclarations;
import fr.vao.sejour.ListeMessagerie;

/**
 * The agents' Messagerie page (spec §2.10): the déclarations of their territory having messages, filtered (numéro,
 * nom du séjour, organisme, state) and sorted by state (NON LU first, then the newest) or by the last message's date.
 */
@Controller
class BoMessagerieController {

    static final int PAR_PAGE = 20;

    private final InstructionDeclarations instruction;
    private final ListeMessagerie liste;

    BoMessagerieController(InstructionDeclarations instruction, ListeMessagerie liste) {
        this.instruction = instruction;
        this.liste = liste;
    }

    @GetMapping("/bo/messagerie")
    String liste(@RequestParam(required = false) String numero, @RequestParam(required = false) String libelle,
            @RequestParam(required = false) String organisme, @RequestParam(required = false) String etat,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        String territoire = instruction.territoire(UtilisateurCourant.obtenir());
        ListeMessagerie.Filtre f = new ListeMessagerie.Filtre(Saisie.net(numero), Saisie.net(libelle),
                Saisie.net(organisme), etat(etat));
        String cle = tri != null && ListeMessagerie.TRIS.contains(tri) ? tri : "etat";
        // by state: NON LU first by default; by date: the newest first by default
        boolean desc = ordre == null ? "date".equals(cle) : "desc".equals(ordre);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, liste.compter(territoire, f)).triee(cle,
                desc);
        model.addAttribute("lignes", liste.page(territoire, f, cle, desc, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        model.addAttribute("etats", Etat.values());
        return "bo/messagerie/liste";
    }

    private static Etat etat(String nom) {
        for (Etat e : Etat.values()) {
            if (e.name().equals(nom)) {
                return e;
            }
        }
        return null;
    }
}
