package fr.vao.agrement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The silence-vaut-accord timer of an agrément request (spec §2.6, CRPA L231-1): two months from completeness, only
 * the days it ran counted (it pauses while the organiser corrects the request).
 *
 * @param debut the day of completeness
 * @param periodes the periods it ran, in order; the last one may be open
 */
public record DelaiSva(long agrementId, Etat etat, LocalDate debut, List<Periode> periodes) {

    /** The legal delay. */
    public static final int MOIS = 2;
    /** The DREETS is reminded when this many days remain at most (spec §2.6, mail A11). */
    public static final int JOURS_RAPPEL = 21;

    /** Timer status labels of the reference: message keys {@code agrement.sva.RUNNING}… */
    public enum Etat { RUNNING, PAUSED, STOPPED, FINISHED }

    /** A period the timer ran; {@code fin} null while it runs. */
    public record Periode(LocalDate debut, LocalDate fin) {

        long jours(LocalDate aujourdhui) {
            LocalDate jusquA = fin != null ? fin : aujourdhui;
            return Math.max(0, ChronoUnit.DAYS.between(debut, jusquA));
        }
    }

    public DelaiSva {
        periodes = List.copyOf(periodes);
    }

    /** The days the law gives: from completeness to the same day two months later. */
    public long joursAccordes() {
        return ChronoUnit.DAYS.between(debut, debut.plusMonths(MOIS));
    }

    /** The days the timer ran up to that day (an open period counted to that day). */
    public long joursEcoules(LocalDate aujourdhui) {
        return periodes.stream().mapToLong(p -> p.jours(aujourdhui)).sum();
    }

    /** The days left on that day; zero or less: the delay has elapsed. */
    public long joursRestants(LocalDate aujourdhui) {
        return joursAccordes() - joursEcoules(aujourdhui);
    }

    /** The day of the tacit approval if nothing happens, while the timer runs. */
    public Optional<LocalDate> echeance(LocalDate aujourdhui) {
        return etat == Etat.RUNNING ? Optional.of(aujourdhui.plusDays(Math.max(0, joursRestants(aujourdhui))))
                : Optional.empty();
    }

    /** Whether the 2 months have elapsed on that day (the request is then granted tacitly). */
    public boolean ecoule(LocalDate aujourdhui) {
        return (etat == Etat.RUNNING || etat == Etat.PAUSED) && joursRestants(aujourdhui) <= 0;
    }

    /** Whether the DREETS must be reminded on that day (once: the caller records it). */
    public boolean aRappeler(LocalDate aujourdhui) {
        return etat == Etat.RUNNING && joursRestants(aujourdhui) <= JOURS_RAPPEL && !ecoule(aujourdhui);
    }

    /** A new timer, started on the day of completeness. */
    public static DelaiSva demarrer(long agrementId, LocalDate jour) {
        return new DelaiSva(agrementId, Etat.RUNNING, jour, List.of(new Periode(jour, null)));
    }

    /** Paused on that day (corrections requested): the open period closes. */
    public DelaiSva suspendre(LocalDate jour) {
        return new DelaiSva(agrementId, Etat.PAUSED, debut, fermer(jour));
    }

    /** Running again from that day (the organiser sent its corrections). */
    public DelaiSva reprendre(LocalDate jour) {
        List<Periode> suite = new ArrayList<>(fermer(jour));
        suite.removeIf(p -> p.debut().equals(jour) && p.fin().equals(jour));
        suite.add(new Periode(jour, null));
        return new DelaiSva(agrementId, Etat.RUNNING, debut, suite);
    }

    /** Stopped by the DREETS's decision on that day. */
    public DelaiSva arreter(LocalDate jour) {
        return new DelaiSva(agrementId, Etat.STOPPED, debut, fermer(jour));
    }

    /** Finished by the tacit approval on that day. */
    public DelaiSva terminer(LocalDate jour) {
        return new DelaiSva(agrementId, Etat.FINISHED, debut, fermer(jour));
    }

    private List<Periode> fermer(LocalDate jour) {
        return periodes.stream().map(p -> p.fin() == null ? new Periode(p.debut(), jour) : p).toList();
    }
}
