package nl.regietafel.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.sample.SampleMonthGenerator.Kp;
import nl.regietafel.sample.SampleMonthGenerator.Loc;
import nl.regietafel.sample.SampleMonthGenerator.Retouren;

/**
 * The sample year's plan, month by month, after the procesplan's own plans and milestones (§3.2,
 * §5). Everything here is assumed (voorbeelddata); the returns say so in the notes they carry.
 *
 * <ul>
 *   <li>A location whose Beschikbaar tot falls before the month's last day is reported closed that
 *       month (bezetting 0): the CNO's of Bijlage 4 end on 31-3, 30-4 and 30-6-2023, the CNO pilot
 *       of Wierden ends on 15-7-2023, so the last CNO closes in July 2023; hotels and holiday parks
 *       for Oekraïners close on their dates (30-6, 31-10-2023).</li>
 *   <li>A plan (Besluit college, Besluit raad, Vergunning, In aanbouw) is reported Vergunning the
 *       month before its Open vanaf and In gebruik from that month, at 75% of its places; an Idee
 *       stays an idea until a step below moves it.</li>
 *   <li>March 2023: the colleges make their offers known (§3.2, "uiterlijk eind maart"): new
 *       regular asylum locations and the steps of existing plans; from April they open.</li>
 *   <li>June/July 2023: new places for Oekraïners to replace the hotels, after the new letter.</li>
 *   <li>Statushouders: each gemeente houses its corrected taakstelling (taakstelling + achterstand,
 *       both as the form pre-fills them) evenly over the half year, times its tempo below; a
 *       gemeente with a tempo under 100% ends the half year behind and carries that achterstand
 *       into the next one.</li>
 * </ul>
 */
final class Jaarplan {

    static final YearMonth EERSTE = YearMonth.of(2023, 1);
    static final YearMonth LAATSTE = YearMonth.of(2023, 12);

    /** A change a gemeente reports for one of its locations in one month. */
    record Stap(YearMonth maand, String gemeente, String naam, LocatieStatus status, LocalDate beschikbaarTot,
                Integer bezetting, String toelichting) {
    }

    /** A location a gemeente adds to its return in one month. */
    record Nieuw(YearMonth maand, String gemeente, Loc locatie) {
    }

    static final String AANGENOMEN = " (voorbeelddata, aangenomen)";

    private Jaarplan() {
    }

    static YearMonth m(int maand) {
        return YearMonth.of(2023, maand);
    }

    static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }

    static Loc plan(String naam, String plaats, Doelgroep dg, LocatieSoort soort, int cap, LocalDate open, LocalDate tot,
                    String toelichting) {
        return new Loc(naam, plaats, dg, soort, cap, 0, LocatieStatus.BESLUIT_COLLEGE, open, tot, toelichting + AANGENOMEN, null);
    }

    static final List<Stap> STAPPEN = List.of(
            // AZC Albergen fills up in phases (procesplan §2.2: in oprichting)
            new Stap(m(1), "GM0183", "AZC Albergen", null, null, 80, "Gefaseerde ingebruikname" + AANGENOMEN),
            new Stap(m(2), "GM0183", "AZC Albergen", null, null, 120, "Gefaseerde ingebruikname" + AANGENOMEN),
            new Stap(m(3), "GM0183", "AZC Albergen", null, null, 160, "Gefaseerde ingebruikname" + AANGENOMEN),
            new Stap(m(4), "GM0183", "AZC Albergen", null, null, 190, "Volledig in gebruik" + AANGENOMEN),
            // March: the colleges' offers (§3.2) move the existing plans
            new Stap(m(3), "GM0141", "AMV-opvang Almelo (COA, kleinschalig)", LocatieStatus.BESLUIT_COLLEGE, null, null,
                    "Aanbod college eind maart" + AANGENOMEN),
            new Stap(m(6), "GM0141", "AMV-opvang Almelo (COA, kleinschalig)", LocatieStatus.VERGUNNING, null, null,
                    "Vergunning verleend" + AANGENOMEN),
            new Stap(m(3), "GM0153", "Nieuwe AZC-locatie Enschede (locatieonderzoek)", LocatieStatus.BESLUIT_COLLEGE, null, null,
                    "Aanbod college eind maart; opening 1-1-2024" + AANGENOMEN),
            new Stap(m(3), "GM0164", "Tussenvoorziening statushouders Hengelo", LocatieStatus.VERGUNNING, null, null,
                    "Vergunning verleend" + AANGENOMEN),
            new Stap(m(5), "GM0164", "Tussenvoorziening statushouders Hengelo", LocatieStatus.IN_AANBOUW, null, null,
                    "In aanbouw" + AANGENOMEN),
            new Stap(m(3), "GM1735", "Opvanglocatie asielzoekers Hof van Twente", LocatieStatus.BESLUIT_RAAD, null, null,
                    "Besluit raad maart" + AANGENOMEN),
            new Stap(m(6), "GM0147", "Flexwoningen statushouders Borne", LocatieStatus.IN_AANBOUW, null, null,
                    "In aanbouw" + AANGENOMEN),
            new Stap(m(9), "GM0158", "Flexwoningen Haaksbergen", LocatieStatus.BESLUIT_COLLEGE, null, null,
                    "Besluit college september" + AANGENOMEN),
            // July: the CNO pilot in Wierden ends, the last CNO of Twente (procesplan §5: juli 2023)
            new Stap(m(6), "GM0189", "CNO Wierden (chalets, pilot met COA)", null, d(2023, 7, 15), null,
                    "Pilot beëindigd; sluit 15-7-2023, de laatste CNO-locatie van Twente" + AANGENOMEN));

    static final List<Nieuw> NIEUW = List.of(
            // March: new regular asylum locations offered by the colleges, opening from April (§5)
            new Nieuw(m(3), "GM0153", plan("Tijdelijke opvang asielzoekers Enschede (paviljoens)", "Enschede",
                    Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 250, d(2023, 5, 1), d(2028, 4, 30), "Aanbod college eind maart")),
            new Nieuw(m(3), "GM0141", plan("Opvanglocatie asielzoekers Almelo-Noord", "Almelo",
                    Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 250, d(2023, 6, 1), d(2028, 5, 31), "Aanbod college eind maart")),
            new Nieuw(m(3), "GM0164", plan("Opvanglocatie asielzoekers Hengelo-Oost", "Hengelo",
                    Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 200, d(2023, 9, 1), d(2028, 8, 31), "Aanbod college eind maart")),
            new Nieuw(m(3), "GM1700", plan("Opvanglocatie asielzoekers Vroomshoop", "Vroomshoop",
                    Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 80, d(2023, 7, 1), d(2026, 6, 30), "Aanbod college eind maart")),
            new Nieuw(m(3), "GM1742", plan("Opvanglocatie asielzoekers Rijssen", "Rijssen",
                    Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 100, d(2023, 11, 1), d(2028, 10, 31), "Aanbod college eind maart")),
            // May-September: places for Oekraïners to replace hotels and holiday parks
            new Nieuw(m(5), "GM0153", plan("Kantoorpand opvang Oekraïners Enschede", "Enschede",
                    Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 140, d(2023, 7, 1), Retouren.RTB,
                    "Vervangt de hotelopvang")),
            new Nieuw(m(5), "GM0141", plan("Gemeentelijke opvang Oekraïners Almelo-West", "Almelo",
                    Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 100, d(2023, 7, 1), Retouren.RTB,
                    "Vervangt de hotelopvang")),
            new Nieuw(m(7), "GM0164", plan("Gemeentelijke opvang Oekraïners Hengelo-Zuid", "Hengelo",
                    Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 120, d(2023, 8, 1), Retouren.RTB,
                    "Na de brief DG Oekraïne van juni")),
            new Nieuw(m(9), "GM0168", plan("Gemeentelijke opvang Oekraïners Losser", "Losser",
                    Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 60, d(2023, 11, 1), Retouren.RTB,
                    "Vervangt het vakantiepark")),
            new Nieuw(m(9), "GM1774", plan("Gemeentelijke opvang Oekraïners Denekamp", "Denekamp",
                    Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 50, d(2023, 11, 1), Retouren.RTB,
                    "Vervangt het vakantiepark")),
            new Nieuw(m(9), "GM0183", plan("Gemeentelijke opvang Oekraïners Tubbergen", "Tubbergen",
                    Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 60, d(2023, 11, 1), Retouren.RTB,
                    "Vervangt het vakantiepark")));

    /**
     * Share of the corrected taakstelling housed by the end of each half year, in percent;
     * gemeenten not named house exactly 100%.
     */
    static final Map<String, Integer> TEMPO_2023_1 = Map.of("GM0141", 80, "GM0164", 85, "GM0168", 75, "GM0147", 105);
    static final Map<String, Integer> TEMPO_2023_2 = Map.of("GM0141", 85, "GM0158", 80, "GM0164", 90);

    static int tempo(String gemeente, YearMonth maand) {
        return (maand.getMonthValue() <= 6 ? TEMPO_2023_1 : TEMPO_2023_2).getOrDefault(gemeente, 100);
    }

    /**
     * Housed in the half year by the end of {@code maand}: (corrected taakstelling × tempo × month
     * in half year / 6), rounded half up; never below what was reported the month before.
     */
    static long gehuisvest(String gemeente, YearMonth maand, long gecorrigeerd, long eerder) {
        int k = (maand.getMonthValue() - 1) % 6 + 1;
        long doel = (Math.max(0, gecorrigeerd) * tempo(gemeente, maand) * k + 300) / 600;
        return Math.max(doel, eerder);
    }

    /** AMV among the housed: one in ten (assumed). */
    static long waarvanAmv(long gehuisvest) {
        return gehuisvest / 10;
    }

    /** The knelpunten a gemeente reports: December's, without the CNO registrations once the last CNO closed. */
    static List<Kp> knelpunten(List<Kp> december, YearMonth maand) {
        return december.stream().filter(k -> maand.getMonthValue() < 7 || k != Retouren.REGISTRATIE).toList();
    }

    static Optional<Stap> stap(YearMonth maand, String gemeente, String naam) {
        return STAPPEN.stream().filter(s -> s.maand().equals(maand) && s.gemeente().equals(gemeente) && s.naam().equals(naam))
                .findFirst();
    }

    static List<Loc> nieuw(YearMonth maand, String gemeente) {
        return NIEUW.stream().filter(n -> n.maand().equals(maand) && n.gemeente().equals(gemeente)).map(Nieuw::locatie).toList();
    }
}
