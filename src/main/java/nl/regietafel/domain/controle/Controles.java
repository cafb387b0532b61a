package nl.regietafel.domain.controle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regietafel.domain.verdeling.Toewijzing;
import nl.regietafel.domain.verdeling.Verdeling;

/**
 * Builders for the checks of SPEC §5.6. Every check returns a {@link Controle}, also when all
 * is well: checks are reported, never hidden.
 */
public final class Controles {

    /** Decimals of a computed share shown beside a claimed one. */
    private static final int AANDEEL_DECIMALEN = 2;

    private Controles() {
    }

    /**
     * Parts must add up to their stated total. {@code delen} in display order (use a LinkedHashMap).
     * Verwacht is the sum of the parts, gevonden the total the source states.
     */
    public static Controle optelling(String code, String omschrijving, Map<String, Long> delen, long vermeldTotaal) {
        long som = delen.values().stream().mapToLong(Long::longValue).sum();
        String invoer = delen.entrySet().stream()
                .map(e -> e.getKey() + " " + NlFormaat.getal(e.getValue()))
                .collect(Collectors.joining(" + "));
        String gevonden = "vermeld totaal " + NlFormaat.getal(vermeldTotaal)
                + (som == vermeldTotaal ? "" : " (verschil " + NlFormaat.verschil(vermeldTotaal - som) + ")");
        return new Controle(code, omschrijving, invoer, "som van de delen " + NlFormaat.getal(som), gevonden,
                som == vermeldTotaal ? Uitkomst.IN_ORDE : Uitkomst.AFWIJKING);
    }

    /**
     * A share claimed in the text (e.g. "54%") against the share computed from {@code teller} /
     * {@code noemer}. The claim's own decimals (its scale) tell how precise it pretends to be:
     * when the computed share rounds to the claim the outcome is AFRONDING, said in words
     * ("54,09 % afgerond tot 54 %").
     */
    public static Controle aandeel(String code, String omschrijving, long teller, long noemer, BigDecimal geclaimdProcent) {
        if (noemer <= 0) {
            throw new IllegalArgumentException("Aandeel met noemer " + noemer + " kan niet worden berekend");
        }
        BigDecimal exact = BigDecimal.valueOf(teller).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(noemer), 10, RoundingMode.HALF_UP);
        int decimalen = Math.max(0, geclaimdProcent.scale());
        String berekend = NlFormaat.procent(exact, Math.max(AANDEEL_DECIMALEN, decimalen));
        String geclaimd = NlFormaat.procent(geclaimdProcent, decimalen);
        String invoer = NlFormaat.getal(teller) + " / " + NlFormaat.getal(noemer);
        if (exact.compareTo(geclaimdProcent) == 0) {
            return new Controle(code, omschrijving, invoer, berekend, "vermeld " + geclaimd, Uitkomst.IN_ORDE);
        }
        boolean afronding = exact.setScale(decimalen, RoundingMode.HALF_UP).compareTo(geclaimdProcent) == 0;
        String gevonden = "vermeld " + geclaimd + (afronding
                ? "; " + berekend + " afgerond tot " + geclaimd
                : "; berekend is " + berekend + ", ook afgerond niet gelijk");
        return new Controle(code, omschrijving, invoer, berekend, gevonden, afronding ? Uitkomst.AFRONDING : Uitkomst.AFWIJKING);
    }

    /**
     * Per unit: figure of record against computed, every difference listed (SPEC §5.3). When every
     * figure of record is the exact share rounded down or up (less than 1 from it), another
     * rounding explains the difference: AFRONDING, with the exact share in words.
     */
    public static Controle vastgesteldTegenBerekend(String code, String omschrijving, Map<String, Long> vastgesteld, Verdeling berekend) {
        List<Verschil> verschillen = verschillen(vastgesteld, berekend);
        String invoer = "verdeling van " + NlFormaat.getal(berekend.totaal()) + " over " + berekend.toewijzingen().size()
                + " eenheden, methode " + berekend.methode();
        String verwacht = "berekend: " + berekend.toewijzingen().stream()
                .map(t -> t.code() + " " + NlFormaat.getal(t.aantal()))
                .collect(Collectors.joining(", "));
        if (verschillen.isEmpty()) {
            return new Controle(code, omschrijving, invoer, verwacht, "vastgesteld gelijk aan berekend", Uitkomst.IN_ORDE);
        }
        String gevonden = verschillen.size() + (verschillen.size() == 1 ? " verschil: " : " verschillen: ")
                + verschillen.stream().map(Controles::tekst).collect(Collectors.joining("; "));
        if (verschillen.stream().allMatch(v -> afronding(v, berekend))) {
            gevonden = verschillen.size() + (verschillen.size() == 1 ? " verschil" : " verschillen") + " door afronding: "
                    + verschillen.stream().map(v -> v.code() + " exact " + NlFormaat.decimaal(berekend.quotum(v.code()), 2)
                    + ", vastgesteld afgerond tot " + NlFormaat.getal(v.vastgesteld()) + ", berekend " + NlFormaat.getal(v.berekend()))
                    .collect(Collectors.joining("; "));
            return new Controle(code, omschrijving, invoer, verwacht, gevonden, Uitkomst.AFRONDING);
        }
        return new Controle(code, omschrijving, invoer, verwacht, gevonden, Uitkomst.AFWIJKING);
    }

    /** The differences behind {@link #vastgesteldTegenBerekend}, for a sheet of their own. Order: the computed units, then extra ones. */
    public static List<Verschil> verschillen(Map<String, Long> vastgesteld, Verdeling berekend) {
        Set<String> codes = new LinkedHashSet<>();
        berekend.toewijzingen().forEach(t -> codes.add(t.code()));
        codes.addAll(vastgesteld.keySet());
        List<Verschil> uit = new ArrayList<>();
        for (String c : codes) {
            Long v = vastgesteld.get(c);
            Long b = berekend.toewijzingen().stream().filter(t -> t.code().equals(c)).map(Toewijzing::aantal).findFirst().orElse(null);
            if (v == null || !v.equals(b)) {
                uit.add(new Verschil(c, v, b));
            }
        }
        return uit;
    }

    /** The figure of record is the exact share rounded down or up. */
    private static boolean afronding(Verschil v, Verdeling berekend) {
        if (v.vastgesteld() == null || v.berekend() == null) return false;
        BigDecimal q = berekend.quotum(v.code());
        return q != null && BigDecimal.valueOf(v.vastgesteld()).subtract(q).abs().compareTo(BigDecimal.ONE) < 0;
    }

    private static String tekst(Verschil v) {
        if (v.vastgesteld() == null) return v.code() + " ontbreekt in de vastgestelde cijfers (berekend " + NlFormaat.getal(v.berekend()) + ")";
        if (v.berekend() == null) return v.code() + " is niet berekend (vastgesteld " + NlFormaat.getal(v.vastgesteld()) + ")";
        return v.code() + " vastgesteld " + NlFormaat.getal(v.vastgesteld()) + ", berekend " + NlFormaat.getal(v.berekend())
                + ", verschil " + NlFormaat.verschil(v.verschil());
    }

    /**
     * Realised against available (e.g. CNO places in Bijlage 4 against those counted in §2.2).
     * A difference fully explained ({@code verklaard}, e.g. places in closed locations) is
     * TER_INFORMATIE with the explanation; an unexplained rest is an AFWIJKING.
     */
    public static Controle gerealiseerdTegenBeschikbaar(String code, String omschrijving, long gerealiseerd, long beschikbaar,
                                                         long verklaard, String verklaring) {
        long verschil = gerealiseerd - beschikbaar;
        String invoer = "gerealiseerd " + NlFormaat.getal(gerealiseerd) + ", beschikbaar " + NlFormaat.getal(beschikbaar);
        String verwacht = "verschil " + NlFormaat.getal(verklaard) + " verklaard: " + verklaring;
        String gevonden = "verschil " + NlFormaat.getal(verschil);
        Uitkomst u;
        if (verschil == 0) {
            u = Uitkomst.IN_ORDE;
        } else if (verschil == verklaard) {
            u = Uitkomst.TER_INFORMATIE;
            gevonden += ", volledig verklaard: " + verklaring;
        } else {
            u = Uitkomst.AFWIJKING;
            gevonden += ", waarvan " + NlFormaat.getal(verschil - verklaard) + " niet verklaard";
        }
        return new Controle(code, omschrijving, invoer, verwacht, gevonden, u);
    }

    /** Dates must be consistent: {@code eerder} on or before {@code later}; an unknown date is not checked. */
    public static Controle datumsOpVolgorde(String code, String omschrijving, LocalDate eerder, LocalDate later) {
        String invoer = tekst(eerder) + " tot " + tekst(later);
        if (eerder == null || later == null) {
            return new Controle(code, omschrijving, invoer, "eerste datum niet na de tweede", "datum onbekend, niet te controleren",
                    Uitkomst.TER_INFORMATIE);
        }
        boolean goed = !eerder.isAfter(later);
        return new Controle(code, omschrijving, invoer, "eerste datum niet na de tweede",
                goed ? "op volgorde" : tekst(eerder) + " ligt na " + tekst(later), goed ? Uitkomst.IN_ORDE : Uitkomst.AFWIJKING);
    }

    private static String tekst(LocalDate d) {
        return d == null ? "onbekend" : NlFormaat.datum(d);
    }
}
