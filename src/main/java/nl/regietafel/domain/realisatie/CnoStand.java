package nl.regietafel.domain.realisatie;

/**
 * Crisisnoodopvang, kept apart from regular capacity (SPEC §2): places and locations in use
 * and closed. {@link #plekkenGerealiseerd()} is what a list like procesplan Bijlage 4 shows
 * (every location that was ever opened); {@link #plekkenInGebruik()} is what is available now.
 */
public record CnoStand(long plekkenInGebruik, int locatiesInGebruik, long plekkenGesloten, int locatiesGesloten) {

    public long plekkenGerealiseerd() {
        return plekkenInGebruik + plekkenGesloten;
    }

    public int locatiesGerealiseerd() {
        return locatiesInGebruik + locatiesGesloten;
    }
}
