package fr.vao.compte.agent;

/** No such agent within the viewer's perimeter (an agent outside it is reported as absent): 404. */
public class AgentIntrouvableException extends RuntimeException {

    public AgentIntrouvableException(long id) {
        super("Agent " + id + " introuvable dans le périmètre");
    }
}
