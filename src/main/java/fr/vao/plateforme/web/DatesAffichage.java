package fr.vao.plateforme.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for display in Europe/Paris: {@code ${@vaoDates.dateHeure(x)}} in templates. */
@Component("vaoDates")
public class DatesAffichage {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_HEURE_SECONDES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String dateHeure(OffsetDateTime d) {
        return d == null ? "" : d.atZoneSameInstant(PARIS).format(DATE_HEURE);
    }

    public String dateHeureSecondes(OffsetDateTime d) {
        return d == null ? "" : d.atZoneSameInstant(PARIS).format(DATE_HEURE_SECONDES);
    }

    /** ISO-8601 in Paris time, for the {@code datetime} attribute of {@code <time>}. */
    public String iso(OffsetDateTime d) {
        return d == null ? "" : d.atZoneSameInstant(PARIS).toOffsetDateTime().toString();
    }
}
