package fr.vao.controle.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.vao.controle.CritereRisque;
import fr.vao.controle.ScoreRisque;

/** The French explanation of each contribution of a score, for the page and the CSV. */
@Component
class LibellesRisque {

    /** A contribution as shown: the criterion, its points, why. */
    record Detail(CritereRisque critere, String libelle, int points, String explication) {
    }

    private static final Locale FR = Locale.FRANCE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    LibellesRisque(MessageSource messages) {
        this.messages = messages;
    }

    List<Detail> details(ScoreRisque score) {
        return score.contributions().stream().map(c -> new Detail(c.critere(),
                messages.getMessage(c.critere().cle(), null, FR), c.points(),
                messages.getMessage(c.critere().cle() + ".detail", arguments(c), FR))).toList();
    }

    /** "Premier séjour de l'organisateur (+20) ; …" for a CSV cell. */
    String resume(ScoreRisque score) {
        return String.join(" ; ", details(score).stream().map(d -> d.libelle() + " (+" + d.points() + ")").toList());
    }

    String libelle(CritereRisque c) {
        return messages.getMessage(c.cle(), null, FR);
    }

    private Object[] arguments(ScoreRisque.Contribution c) {
        return c.arguments().stream().map(a -> {
            if (a instanceof LocalDate d) {
                return DATE.format(d);
            }
            if (a instanceof String s && s.indexOf('.') > 0 && !s.contains(" ")) {
                return messages.getMessage(s, null, s, FR);
            }
            return a instanceof Number n ? String.valueOf(n) : a;
        }).toArray();
    }
}
