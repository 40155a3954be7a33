package fr.vao.document.antivirus;

import java.util.List;

/** The antivirus port (ADR 0008): every uploaded file is scanned before it is stored. */
public interface Antivirus {

    /** The outcome of a scan. */
    sealed interface Resultat {
        record Sain() implements Resultat {
        }

        record Infecte(List<String> virus) implements Resultat {
        }

        /** The scanner could not answer (not configured, unreachable, error): the upload must be refused. */
        record Indisponible(String raison) implements Resultat {
        }
    }

    Resultat analyser(String nom, byte[] contenu);

    /** How the adapter is set up, for the start-up log. */
    String description();
}
