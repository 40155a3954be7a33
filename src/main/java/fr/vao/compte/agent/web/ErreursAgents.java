package fr.vao.compte.agent.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import fr.vao.compte.agent.AgentIntrouvableException;
import fr.vao.compte.agent.HorsTerritoireException;

/** Refusals of the agent pages: outside the perimeter (403, with the spec's message) and unknown agents (404). */
@ControllerAdvice(basePackageClasses = ErreursAgents.class)
class ErreursAgents {

    @ExceptionHandler(HorsTerritoireException.class)
    String horsTerritoire(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "bo/agents/refus";
    }

    @ExceptionHandler(AgentIntrouvableException.class)
    String introuvable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
