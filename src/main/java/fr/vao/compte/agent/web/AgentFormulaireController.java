package fr.vao.compte.agent.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.agent.Agent;
import fr.vao.compte.agent.ConflitModificationException;
import fr.vao.compte.agent.EmailDejaUtiliseException;
import fr.vao.compte.agent.GestionAgents;
import fr.vao.compte.agent.PerimetreAgents;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** Creation and update of an agent account, deactivation and reactivation (spec §2.4). */
@Controller
class AgentFormulaireController {

    private final GestionAgents gestion;
    private final PerimetreAgents perimetre;
    private final Territoires territoires;

    AgentFormulaireController(GestionAgents gestion, PerimetreAgents perimetre, Territoires territoires) {
        this.gestion = gestion;
        this.perimetre = perimetre;
        this.territoires = territoires;
    }

    @GetMapping("/bo/agents/nouveau")
    String nouveau(Model model) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        perimetre.exigerCompte(admin);
        AgentForm form = new AgentForm();
        form.setCompetence(admin.niveau());
        if ("REG".equals(admin.niveau())) {
            form.setRegion(admin.territoireCode());
        } else if ("DEP".equals(admin.niveau())) {
            form.setDepartement(admin.territoireCode());
        }
        model.addAttribute("agentForm", form);
        return formulaire(model, admin, null);
    }

    @PostMapping("/bo/agents/nouveau")
    String creer(@Validated({Default.class, AgentForm.Creation.class}) @ModelAttribute("agentForm") AgentForm form,
            BindingResult erreurs, Model model, HttpServletRequest request, RedirectAttributes flash) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        perimetre.exigerCompte(admin);
        String territoire = verifier(form, erreurs, admin);
        if (erreurs.hasErrors()) {
            return formulaire(model, admin, null);
        }
        try {
            long id = gestion.creer(admin, form.getEmail(), donnees(form, territoire), request.getRemoteAddr());
            flash.addFlashAttribute("succes", "agent.cree");
            return "redirect:/bo/agents/" + id;
        } catch (EmailDejaUtiliseException e) {
            erreurs.rejectValue("email", "agent.email.pris");
            return formulaire(model, admin, null);
        }
    }

    @GetMapping("/bo/agents/{id}")
    String fiche(@PathVariable long id, Model model) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        Agent agent = gestion.consulter(admin, id);
        AgentForm form = new AgentForm();
        form.setEmail(agent.email());
        form.setNom(agent.nom());
        form.setPrenom(agent.prenom());
        Territoire t = territoires.trouver(agent.territoireCode()).orElseThrow();
        form.setCompetence(t.niveau());
        if (t.estRegion()) {
            form.setRegion(t.code());
        } else if (t.estDepartement()) {
            form.setDepartement(t.code());
            form.setRegion(t.parentCode());
        }
        form.getRoles().addAll(agent.roles());
        form.setVersion(agent.version());
        model.addAttribute("agentForm", form);
        return formulaire(model, admin, agent);
    }

    @PostMapping("/bo/agents/{id}")
    String modifier(@PathVariable long id, @Validated @ModelAttribute("agentForm") AgentForm form,
            BindingResult erreurs, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        Agent agent = gestion.consulter(admin, id);
        form.setEmail(agent.email());
        String territoire = verifier(form, erreurs, admin);
        if (form.getVersion() == null) {
            erreurs.reject("agent.conflit");
        }
        if (erreurs.hasErrors()) {
            return formulaire(model, admin, agent);
        }
        try {
            gestion.modifier(admin, id, form.getVersion(), donnees(form, territoire), request.getRemoteAddr());
        } catch (ConflitModificationException e) {
            erreurs.reject("agent.conflit");
            response.setStatus(HttpStatus.CONFLICT.value());
            return formulaire(model, admin, gestion.consulter(admin, id));
        }
        flash.addFlashAttribute("succes", "agent.modifie");
        return "redirect:/bo/agents/" + id;
    }

    @PostMapping("/bo/agents/{id}/desactiver")
    String desactiver(@PathVariable long id, @RequestParam(required = false) Integer version,
            HttpServletRequest request, RedirectAttributes flash) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        try {
            gestion.desactiver(admin, id, version == null ? -1 : version, request.getRemoteAddr());
            flash.addFlashAttribute("succes", "agent.desactive");
        } catch (ConflitModificationException e) {
            flash.addFlashAttribute("erreur", "agent.conflit");
        }
        return "redirect:/bo/agents/" + id;
    }

    @PostMapping("/bo/agents/{id}/reactiver")
    String reactiver(@PathVariable long id, @RequestParam(required = false) Integer version,
            HttpServletRequest request, RedirectAttributes flash) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        try {
            gestion.reactiver(admin, id, version == null ? -1 : version, request.getRemoteAddr());
            flash.addFlashAttribute("succes", "agent.reactive");
        } catch (ConflitModificationException e) {
            flash.addFlashAttribute("erreur", "agent.conflit");
        }
        return "redirect:/bo/agents/" + id;
    }

    /** Checks the territory and roles; returns the territory code (null when in error). */
    private String verifier(AgentForm form, BindingResult erreurs, UtilisateurConnecte admin) {
        for (String role : form.getRoles()) {
            if (!RolesAgent.SELECTIONNABLES.contains(role) && !RolesAgent.EIG.equals(role)) {
                erreurs.rejectValue("roles", "agent.roles.inconnu");
                return null;
            }
        }
        form.getRoles().remove(RolesAgent.EIG);
        if (form.getRoles().isEmpty()) {
            erreurs.rejectValue("roles", "agent.roles.obligatoire");
        } else if (form.getRoles().contains(RolesAgent.DESACTIVATION) && !admin.aRole(RolesAgent.DESACTIVATION)) {
            erreurs.rejectValue("roles", "agent.roles.desactivation");
        }
        if (erreurs.hasFieldErrors("competence") || form.getCompetence() == null) {
            return null;
        }
        return switch (form.getCompetence()) {
            case "NAT" -> "FRA";
            case "REG" -> code(form.getRegion(), "region", "agent.region", Territoire::estRegion, erreurs);
            default -> code(form.getDepartement(), "departement", "agent.departement", Territoire::estDepartement,
                    erreurs);
        };
    }

    private String code(String valeur, String champ, String cle, java.util.function.Predicate<Territoire> niveau,
            BindingResult erreurs) {
        if (erreurs.hasFieldErrors(champ)) {
            return null;
        }
        if (valeur == null || valeur.isBlank()) {
            erreurs.rejectValue(champ, cle + ".obligatoire");
            return null;
        }
        if (territoires.trouver(valeur).filter(niveau).isEmpty()) {
            erreurs.rejectValue(champ, "agent.departement".equals(cle) ? cle + ".inconnu" : cle + ".inconnue");
            return null;
        }
        return valeur;
    }

    private static GestionAgents.DonneesAgent donnees(AgentForm form, String territoire) {
        return new GestionAgents.DonneesAgent(form.getNom(), form.getPrenom(), territoire, form.getRoles());
    }

    private String formulaire(Model model, UtilisateurConnecte admin, Agent agent) {
        List<Territoire> attribuables = perimetre.territoiresAttribuables(admin);
        model.addAttribute("agent", agent);
        model.addAttribute("regions", attribuables.stream().filter(Territoire::estRegion).toList());
        model.addAttribute("departements", attribuables.stream().filter(Territoire::estDepartement).toList());
        model.addAttribute("competences", switch (admin.niveau() == null ? "DEP" : admin.niveau()) {
            case "NAT" -> List.of("NAT", "REG", "DEP");
            case "REG" -> List.of("REG", "DEP");
            default -> List.of("DEP");
        });
        model.addAttribute("rolesProposes", admin.aRole(RolesAgent.DESACTIVATION) ? RolesAgent.SELECTIONNABLES
                : RolesAgent.SELECTIONNABLES.stream().filter(r -> !RolesAgent.DESACTIVATION.equals(r)).toList());
        model.addAttribute("peutDesactiver", agent != null && gestion.peutDesactiver(admin, agent));
        return "bo/agents/formulaire";
    }
}
