package nl.regietafel.report.beeld;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.domain.cno.CnoBeoordelaar;
import nl.regietafel.domain.cno.CnoCriteria;
import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.onderdestreep.Balans;
import nl.regietafel.domain.onderdestreep.Bijdrage;
import nl.regietafel.domain.onderdestreep.OnderDeStreep;
import nl.regietafel.domain.onderdestreep.Uitwisseltabel;
import nl.regietafel.domain.realisatie.Aandelen;
import nl.regietafel.domain.realisatie.Peilstand;
import nl.regietafel.domain.realisatie.Peilteller;
import nl.regietafel.domain.realisatie.Realisatieteller;
import nl.regietafel.domain.realisatie.Telregels;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.regio.Verdelingen;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.domain.statushouders.Voortgangen;
import nl.regietafel.domain.trend.Trend;
import nl.regietafel.report.procesplan.Tabel22Indeling;

/**
 * Builds a region's {@link Maandbeeld} from the stored month: the peildata per opgave are those
 * of Tabel 2.2 (the procesplan's choice, {@link Tabel22Indeling}); a gemeente's opgave is its
 * figure of record where a document gives one, else its indicative share by inwoners.
 */
public final class MaandbeeldBouwer {

    /** Everything besides the stored month that the picture depends on. */
    public record Instellingen(Tabel22Indeling indeling, Uitwisseltabel uitwisseling, CnoCriteria cnoCriteria,
                               List<Mijlpaal> mijlpalen, Telregels telregels) {
        public Instellingen(Tabel22Indeling indeling, Uitwisseltabel uitwisseling, CnoCriteria cnoCriteria, List<Mijlpaal> mijlpalen) {
            this(indeling, uitwisseling, cnoCriteria, mijlpalen, Telregels.standaard());
        }
    }

    private final Maandgegevens m;
    private final Map<String, Maandretour> vorige;
    private final YearMonth vorigePeriode;
    private final Instellingen instellingen;
    private final Verdelingen verdelingen;
    private final String regio;
    private final Peilteller teller;

    /**
     * @param vorige        the previous period's returns by gemeente code (empty when none)
     * @param vorigePeriode null when the store has no earlier period
     */
    public MaandbeeldBouwer(Maandgegevens m, Map<String, Maandretour> vorige, YearMonth vorigePeriode, Instellingen instellingen) {
        this.m = m;
        this.vorige = vorige;
        this.vorigePeriode = vorigePeriode;
        this.instellingen = instellingen;
        this.regio = m.kop().regioCode();
        this.verdelingen = new Verdelingen(m.regels(), regio, instellingen.indeling().scenario());
        this.teller = new Peilteller(instellingen.telregels());
    }

    public Maandbeeld bouw() {
        List<Sleutelpunt> punten = punten();
        List<Locatie> alleLocaties = m.retouren().stream().flatMap(r -> r.locaties().stream()).toList();
        List<Locatie> vorigeLocaties = vorige.values().stream().flatMap(r -> r.locaties().stream()).toList();
        List<StatushoudersRegel> alleStatushouders = m.retouren().stream().flatMap(r -> r.statushouders().stream()).toList();
        List<StatushoudersRegel> vorigeStatushouders = vorige.values().stream().flatMap(r -> r.statushouders().stream()).toList();

        Map<String, Maandretour> retouren = new java.util.HashMap<>();
        m.retouren().forEach(r -> retouren.put(r.gemeenteCode(), r));
        // Progress first: its achterstand is carried into the statushouders opgaven, so every table's gap is one value.
        Map<String, Voortgang> voortgangPerGemeente = new java.util.LinkedHashMap<>();
        for (Gemeente g : m.indeling().gemeenten(regio)) {
            Maandretour r = retouren.get(g.code());
            Voortgang vg = voortgang(g.code(), r == null ? List.of() : r.statushouders());
            if (vg != null) voortgangPerGemeente.put(g.code(), vg);
        }
        List<Voortgang> voortgangen = List.copyOf(voortgangPerGemeente.values());
        Voortgang regioVoortgang = voortgangen.isEmpty() ? null : Voortgangen.regio(regio, voortgangen);

        List<Opgavestand> regioStanden = new ArrayList<>();
        for (Sleutelpunt p : punten) {
            verdelingen.regio(p.opgave(), p.peildatum()).ifPresent(c -> regioStanden.add(stand(p, c.aantal(), c.vastgesteld(),
                    c.bronId(), alleLocaties, alleStatushouders, vorigeLocaties, vorigeStatushouders, regioVoortgang)));
        }

        List<Gemeentebeeld> gemeenten = new ArrayList<>();
        List<Bijdrage> bijdragen = new ArrayList<>();
        // A shared location shows, with its share, for every gemeente that shares it; the region takes it once.
        Map<String, List<Locatie>> aandelen = Aandelen.perGemeente(m.retouren());
        Map<String, List<Locatie>> vorigeAandelen = Aandelen.perGemeente(List.copyOf(vorige.values()));
        for (Gemeente g : m.indeling().gemeenten(regio)) {
            Maandretour r = retouren.get(g.code());
            Maandretour v = vorige.get(g.code());
            List<Locatie> locaties = aandelen.getOrDefault(g.code(), List.of());
            List<StatushoudersRegel> sh = r == null ? List.of() : r.statushouders();
            List<Opgavestand> standen = new ArrayList<>();
            for (Sleutelpunt p : punten) {
                Optional<VerdelingRegel> deel = verdelingen.gemeente(p.opgave(), p.peildatum(), g.code());
                if (deel.isEmpty()) continue;
                VerdelingRegel d = deel.get();
                Opgavestand s = stand(p, d.geldend(), d.vastgesteld() != null, d.vastgesteld() != null ? d.bronId() : null,
                        locaties, sh, vorigeAandelen.getOrDefault(g.code(), List.of()), v == null ? List.of() : v.statushouders(),
                        voortgangPerGemeente.get(g.code()));
                standen.add(s);
                if (p.eerste() && (p.opgave() == Opgave.ASIEL || p.opgave() == Opgave.OEKRAINE)) {
                    bijdragen.add(new Bijdrage(g.code(), p.opgave(), s.opgaveAantal(), s.realisatie()));
                }
            }
            Voortgang voortgang = voortgangPerGemeente.get(g.code());
            long inwoners = m.populatie().bevat(g.code()) ? m.populatie().inwoners(g.code()) : 0;
            gemeenten.add(new Gemeentebeeld(g.code(), g.naam(), inwoners, r != null, r == null ? null : r.ingevuldDoor(),
                    standen, voortgang, locaties, r == null ? List.of() : r.knelpunten(), null));
        }
        Map<String, Balans> balansen = OnderDeStreep.perGemeente(bijdragen, instellingen.uitwisseling());
        gemeenten.replaceAll(g -> new Gemeentebeeld(g.code(), g.naam(), g.inwoners(), g.retourOntvangen(), g.ingevuldDoor(),
                g.opgaven(), g.statushouders(), g.locaties(), g.knelpunten(), balansen.get(g.code())));

        Gebied pv = m.indeling().omvattend(regio, Gebied.Niveau.PROVINCIE).orElse(null);
        long inwoners = m.populatie().bevat(regio) ? m.populatie().inwoners(regio) : 0;
        var cnoLocaties = alleLocaties.stream().filter(l -> l.soort() == nl.regietafel.domain.LocatieSoort.CNO).toList();
        var peildag = m.kop().periode().atEndOfMonth();
        // Only a region with a "last CNO closed" milestone has CNO locations to test against it.
        Mijlpaal laatsteCno = instellingen.mijlpalen().stream()
                .filter(mp -> mp.soort() == Mijlpaal.Soort.LAATSTE_CNO_GESLOTEN).findFirst().orElse(null);
        return new Maandbeeld(m.kop(), pv == null ? null : pv.code(), pv == null ? null : pv.naam(), inwoners, vorigePeriode,
                regioStanden, gemeenten,
                regioVoortgang,
                Realisatieteller.cno(alleLocaties),
                CnoBeoordelaar.beoordeel(cnoLocaties, peildag, instellingen.cnoCriteria()),
                instellingen.cnoCriteria(),
                laatsteCno == null ? List.of() : CnoBeoordelaar.naMijlpaal(cnoLocaties, laatsteCno),
                instellingen.mijlpalen(),
                bijdragen.isEmpty() ? null : OnderDeStreep.regio(regio, bijdragen, instellingen.uitwisseling()),
                m.controles());
    }

    /**
     * One opgave at one peildatum to show; {@code eerste} marks the row's main peildatum: the
     * first one the period has not passed, which the key figures, maps and bottom line measure.
     */
    record Sleutelpunt(Opgave opgave, Peildatum peildatum, boolean eerste) {
    }

    private List<Sleutelpunt> punten() {
        return punten(instellingen.indeling(), m.kop().periode());
    }

    /**
     * The peildata of each row of the regio's indeling that are still ahead at the end of
     * {@code periode} ({@link Peildatum#nogTeGaan}): counting a passed peildatum again on today's
     * locations would show places that are not there at that date.
     */
    static List<Sleutelpunt> punten(Tabel22Indeling indeling, YearMonth periode) {
        List<Sleutelpunt> uit = new ArrayList<>();
        for (Tabel22Indeling.Rij rij : indeling.rijen()) {
            boolean eerste = true;
            for (Peildatum p : Peildatum.nogTeGaan(rij.peildata(), periode)) {
                uit.add(new Sleutelpunt(rij.opgave(), p, eerste));
                eerste = false;
            }
        }
        return uit;
    }

    private Opgavestand stand(Sleutelpunt p, long opgave, boolean vastgesteld, Long bronId, List<Locatie> locaties,
                              List<StatushoudersRegel> sh, List<Locatie> vorigeLocaties, List<StatushoudersRegel> vorigeSh,
                              Voortgang voortgang) {
        Peilstand nu = peil(p, locaties, sh);
        Trend trend = null;
        if (vorigePeriode != null) {
            trend = new Trend(nu.beschikbaar(), peil(p, vorigeLocaties, vorigeSh).beschikbaar());
        }
        String scenario = verdelingen.regio(p.opgave(), p.peildatum()).map(c -> c.sleutel().scenario()).orElse("");
        return new Opgavestand(p.opgave(), p.peildatum(), scenario, opgave, vastgesteld, bronId, nu.inGebruik(), nu.beschikbaar(),
                nu.vervalt(), nu.besloten(), nu.idee(), nu.zonderDatum(), nu.ernaast(), trend,
                p.opgave() == Opgave.STATUSHOUDERS && voortgang != null ? voortgang.achterstandIn(p.peildatum()) : 0);
    }

    /**
     * An opgave at its peildatum: places of locations as they will be on that day, or for
     * statushouders persons housed in the half year (or year) with the housing in preparation
     * that opens by its end.
     */
    Peilstand peil(Sleutelpunt p, List<Locatie> locaties, List<StatushoudersRegel> sh) {
        return switch (p.opgave()) {
            case ASIEL, ASIEL_AMV, OEKRAINE, CNO -> teller.tel(p.opgave(), p.peildatum().einde(), locaties);
            case STATUSHOUDERS, STATUSHOUDERS_AMV -> {
                long gehuisvest = sh.stream().filter(r -> binnen(r.halfjaar(), p.peildatum()))
                        .mapToLong(r -> p.opgave() == Opgave.STATUSHOUDERS ? r.gehuisvest() : r.waarvanAmv()).sum();
                Peilstand pijp = p.opgave() == Opgave.STATUSHOUDERS
                        ? teller.statushoudersPijplijn(p.opgave(), p.peildatum().einde(), locaties)
                        : new Peilstand(p.opgave(), p.peildatum().einde(), 0, 0, List.of(), 0, 0, List.of(), 0);
                yield new Peilstand(p.opgave(), pijp.peildag(), gehuisvest, gehuisvest, List.of(), pijp.besloten(), pijp.idee(),
                        pijp.zonderDatum(), 0);
            }
        };
    }

    /** Whether a half year's housing counts for a peildatum: the same half year, or within the year. */
    private static boolean binnen(Peildatum halfjaar, Peildatum peildatum) {
        return switch (peildatum.soort()) {
            case HALFJAAR -> halfjaar.equals(peildatum);
            case JAAR -> halfjaar.jaar() == peildatum.jaar();
            case DATUM -> false;
        };
    }

    /** Progress on the half year of the period (SPEC §5.7). */
    private Voortgang voortgang(String gemeente, List<StatushoudersRegel> sh) {
        YearMonth p = m.kop().periode();
        Peildatum halfjaar = Peildatum.halfjaar(p.getYear(), p.getMonthValue() <= 6 ? 1 : 2);
        return sh.stream().filter(r -> r.halfjaar().equals(halfjaar)).findFirst()
                .map(r -> Voortgang.van(gemeente, r, p)).orElse(null);
    }
}
