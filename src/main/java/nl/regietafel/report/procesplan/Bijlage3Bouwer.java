package nl.regietafel.report.procesplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.regio.Sleutel;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.procesplan.ProcesplanModelBouwer.Invoer;

/**
 * Bijlage 3 of the procesplan: the gemeenten's taakstelling statushouders of the newest half year
 * of record, and the indicative asiel opgave per peildatum, each cell the figure of record beside
 * the computed one.
 */
final class Bijlage3Bouwer {

    private final Invoer in;
    private final Opmaak fmt;
    private final String regio;

    Bijlage3Bouwer(Invoer in, Opmaak fmt) {
        this.in = in;
        this.fmt = fmt;
        this.regio = in.kop().regioCode();
    }

    Bijlage3 bouw() {
        return new Bijlage3(statushouders(), asiel());
    }

    private Bijlage3.Statushouders statushouders() {
        Optional<Sleutel> sleutel = in.regels().stream()
                .filter(v -> v.sleutel().opgave() == Opgave.STATUSHOUDERS && v.sleutel().scenario().isEmpty()
                        && v.sleutel().peildatum().soort() == Peildatum.Soort.HALFJAAR
                        && v.ouderCode().equals(regio) && v.vastgesteld() != null)
                .map(VerdelingRegel::sleutel)
                .max(Comparator.naturalOrder());
        if (sleutel.isEmpty()) return null;
        Sleutel s = sleutel.get();
        List<VerdelingRegel> rijen = gemeenteRegels(s);
        List<Bijlage3.Regel> regels = rijen.stream()
                .map(v -> new Bijlage3.Regel(v.gebiedCode(), in.naam(v.gebiedCode()), v.gewicht(),
                        List.of(new Cel(v.geldend(), v.berekend(), v.quotum(), null))))
                .toList();
        VerdelingRegel eerste = rijen.get(0);
        Bijlage3.Regel subRegio = new Bijlage3.Regel(regio, "Subtotaal " + in.kop().regioNaam(),
                rijen.stream().mapToLong(VerdelingRegel::gewicht).sum(),
                List.of(new Cel(eerste.totaal(), rijen.stream().mapToLong(VerdelingRegel::geldend).sum(), null, null)));
        Bijlage3.Regel subProvincie = null;
        Gebied pv = in.indeling().omvattend(regio, Gebied.Niveau.PROVINCIE).orElse(null);
        if (pv != null) {
            Optional<VerdelingRegel> pvSplit = in.regels().stream()
                    .filter(v -> v.sleutel().equals(s) && v.ouderCode().equals(pv.code())).findFirst();
            if (pvSplit.isPresent()) {
                Long inwoners = in.populatie().bevat(pv.code()) ? in.populatie().inwoners(pv.code()) : null;
                subProvincie = new Bijlage3.Regel(pv.code(), "Subtotaal provincie " + pv.naam(), inwoners,
                        List.of(Cel.van(pvSplit.get().totaal())));
            }
        }
        String bron = eerste.bronId() == null ? "" : "Bron: " + in.bron(eerste.bronId(), fmt);
        return new Bijlage3.Statushouders("Gemeentelijke taakstellingen huisvesting statushouders, " + s.peildatum().label(),
                bron, s.peildatum(), regels, subRegio, subProvincie);
    }

    private Bijlage3.Asiel asiel() {
        List<Peildatum> peildata = new ArrayList<>(new TreeSet<>(in.regels().stream()
                .filter(v -> v.sleutel().opgave() == Opgave.ASIEL && v.sleutel().scenario().isEmpty()
                        && v.ouderCode().equals(regio) && v.vastgesteld() != null)
                .map(v -> v.sleutel().peildatum()).toList()));
        if (peildata.isEmpty()) return null;
        List<Gemeente> gemeenten = in.indeling().gemeenten(regio);
        List<Bijlage3.Regel> regels = new ArrayList<>();
        Set<Long> bronIds = new HashSet<>();
        for (Gemeente g : gemeenten) {
            List<Cel> cellen = new ArrayList<>();
            for (Peildatum p : peildata) {
                VerdelingRegel v = regel(new Sleutel(Opgave.ASIEL, p, ""), g.code());
                if (v.bronId() != null) bronIds.add(v.bronId());
                cellen.add(new Cel(v.geldend(), v.berekend(), v.quotum(), null));
            }
            regels.add(new Bijlage3.Regel(g.code(), g.naam(), null, cellen));
        }
        List<Cel> totaal = new ArrayList<>();
        for (int i = 0; i < peildata.size(); i++) {
            final int k = i;
            long som = regels.stream().mapToLong(r -> r.cellen().get(k).waarde()).sum();
            VerdelingRegel v = regel(new Sleutel(Opgave.ASIEL, peildata.get(i), ""), gemeenten.get(0).code());
            // The document's total is printed; the sum of the gemeenten beside it shows any slip.
            totaal.add(new Cel(v.totaal(), som, null, null));
        }
        String bron = bronIds.isEmpty() ? "" : "Bron: " + String.join("; ", new TreeSet<>(bronIds).stream().map(id -> in.bron(id, fmt)).toList());
        return new Bijlage3.Asiel("Indicatieve verdeling van de regionale opgave asielopvang naar de gemeenten", bron,
                peildata, regels, new Bijlage3.Regel(regio, "Totaal", null, totaal));
    }

    private List<VerdelingRegel> gemeenteRegels(Sleutel s) {
        return in.indeling().gemeenten(regio).stream().map(g -> regel(s, g.code())).toList();
    }

    private VerdelingRegel regel(Sleutel s, String gebied) {
        return in.regels().stream()
                .filter(v -> v.sleutel().equals(s) && v.ouderCode().equals(regio) && v.gebiedCode().equals(gebied))
                .findFirst().orElseThrow(() -> new IllegalStateException("Geen verdeelregel voor " + gebied + " bij " + s));
    }
}
