package fr.vao.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can set and move; it follows the system clock until it is set. */
public class HorlogeReglable extends Clock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final AtomicReference<Instant> fixe = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant i = fixe.get();
        return i == null ? Instant.now() : i;
    }

    public void regler(Instant instant) {
        fixe.set(instant);
    }

    public void avancer(Duration duree) {
        fixe.set(instant().plus(duree));
    }

    public void reinitialiser() {
        fixe.set(null);
    }
}
