package fr.vao.compte.agent.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import fr.vao.compte.agent.AgentIntrouvableException;
import fr.vao.compte.agent.HorsTerritoireException;
import fr.vao.plateforme.web.PagesErreur;

/** Refusals of the agent pages: outside the perimeter (403, with the spec's message) and unknown agents (404). */
@ControllerAdvice(basePackageClasses = ErreursAgents.class)
class ErreursAgents {

    @ExceptionHandler(HorsTerritoireException.class)
    String horsTerritoire(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "bo/agents/refus";
    }

    @ExceptionHandler(AgentIntrouvableException.class)
    ModelAndView introuvable() {
        return PagesErreur.page(HttpStatus.NOT_FOUND);
    }
}
