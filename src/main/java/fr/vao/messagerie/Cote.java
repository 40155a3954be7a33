package fr.vao.messagerie;

import fr.vao.plateforme.securite.Portail;

/** The two sides of a thread: the organisers (portail organisateur) and the agents (back office). */
public enum Cote {
    ORGANISATEUR, AGENT;

    public static Cote de(Portail portail) {
        return portail == Portail.BO ? AGENT : ORGANISATEUR;
    }

    public Cote autre() {
        return this == AGENT ? ORGANISATEUR : AGENT;
    }
}
