package nl.regietafel.berekening;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.regio.Verdeelregels;
import nl.regietafel.domain.verdeling.Methode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The kernteam's settings ({@code regietafel.*} in application.properties, overridable on the
 * command line or in an {@code application.properties} beside the jar).
 */
@Component
@ConfigurationProperties("regietafel")
public class RegietafelInstellingen {

    /** Preferred inwoners; the procesplan's figures were computed with Bijlage 3's. */
    private String populatieset = "procesplan-bijlage-3";
    /** Used where the preferred set does not cover every unit of a split. */
    private String terugvalPopulatieset = "cbs-2022";
    /** Apportionment method per opgave; default largest remainder. */
    private Map<Opgave, Methode> methode = new EnumMap<>(Opgave.class);
    /** Opgaven that national policy splits equally over the veiligheidsregio's. */
    private Set<Opgave> gelijkPerVeiligheidsregio = EnumSet.of(Opgave.OEKRAINE);
    /** Shares (in %) that documents claim for a region, checked against inwoners (SPEC §5.6). */
    private Map<String, BigDecimal> geclaimdAandeel = new LinkedHashMap<>();

    /**
     * Exchange between opgaven under the bottom line (SPEC §5.5), as "VAN>NAAR:factor"; default
     * 1:1 between ASIEL and OEKRAINE places both ways. Empty list: no exchange.
     */
    private java.util.List<String> uitwisseling = new java.util.ArrayList<>(java.util.List.of("ASIEL>OEKRAINE:1", "OEKRAINE>ASIEL:1"));
    /** CNO transfer criteria (SPEC §5.8); defaults from the sources, see {@code CnoCriteria.standaard()}. */
    private nl.regietafel.domain.cno.CnoCriteria cno = nl.regietafel.domain.cno.CnoCriteria.standaard();

    /**
     * Counting rules per opgave counted in places (SPEC §5.4), overriding the national
     * definitions of {@code Telregels.standaard()} per opgave: {@code regietafel.telregels.OEKRAINE.soorten=...}.
     */
    private Map<Opgave, nl.regietafel.domain.realisatie.Telregel> telregels = new EnumMap<>(Opgave.class);

    public nl.regietafel.domain.realisatie.Telregels telregels() {
        return nl.regietafel.domain.realisatie.Telregels.standaard().met(telregels);
    }

    public Map<Opgave, nl.regietafel.domain.realisatie.Telregel> getTelregels() {
        return telregels;
    }

    public void setTelregels(Map<Opgave, nl.regietafel.domain.realisatie.Telregel> telregels) {
        this.telregels = telregels;
    }

    public nl.regietafel.domain.onderdestreep.Uitwisseltabel uitwisseltabel() {
        var tabel = nl.regietafel.domain.onderdestreep.Uitwisseltabel.geen();
        for (String regel : uitwisseling) {
            var m = java.util.regex.Pattern.compile("\\s*([A-Z_]+)\\s*>\\s*([A-Z_]+)\\s*:\\s*([0-9.]+)\\s*").matcher(regel);
            if (!m.matches()) {
                throw new IllegalArgumentException("Ongeldige regel in regietafel.uitwisseling: '" + regel
                        + "'; verwacht VAN>NAAR:factor, bijvoorbeeld ASIEL>OEKRAINE:1");
            }
            tabel = tabel.met(opgave(regel, m.group(1)), opgave(regel, m.group(2)), new BigDecimal(m.group(3)));
        }
        return tabel;
    }

    private static Opgave opgave(String regel, String naam) {
        try {
            return Opgave.valueOf(naam);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ongeldige regel in regietafel.uitwisseling: '" + regel + "'; " + naam
                    + " is geen opgave, kies uit " + String.join(", ", java.util.Arrays.stream(Opgave.values()).map(Opgave::name).toList()));
        }
    }

    public java.util.List<String> getUitwisseling() {
        return uitwisseling;
    }

    public void setUitwisseling(java.util.List<String> uitwisseling) {
        this.uitwisseling = uitwisseling;
    }

    public nl.regietafel.domain.cno.CnoCriteria getCno() {
        return cno;
    }

    public void setCno(nl.regietafel.domain.cno.CnoCriteria cno) {
        this.cno = cno;
    }

    public Verdeelregels verdeelregels() {
        return new Verdeelregels(methode, gelijkPerVeiligheidsregio);
    }

    public String populatieset() {
        return populatieset;
    }

    public void setPopulatieset(String populatieset) {
        this.populatieset = populatieset;
    }

    public String terugvalPopulatieset() {
        return terugvalPopulatieset;
    }

    public void setTerugvalPopulatieset(String terugvalPopulatieset) {
        this.terugvalPopulatieset = terugvalPopulatieset;
    }

    public Map<Opgave, Methode> getMethode() {
        return methode;
    }

    public void setMethode(Map<Opgave, Methode> methode) {
        this.methode = methode;
    }

    public Set<Opgave> getGelijkPerVeiligheidsregio() {
        return gelijkPerVeiligheidsregio;
    }

    public void setGelijkPerVeiligheidsregio(Set<Opgave> gelijkPerVeiligheidsregio) {
        this.gelijkPerVeiligheidsregio = gelijkPerVeiligheidsregio;
    }

    public Map<String, BigDecimal> getGeclaimdAandeel() {
        return geclaimdAandeel;
    }

    public void setGeclaimdAandeel(Map<String, BigDecimal> geclaimdAandeel) {
        this.geclaimdAandeel = geclaimdAandeel;
    }

    public String getPopulatieset() {
        return populatieset;
    }

    public String getTerugvalPopulatieset() {
        return terugvalPopulatieset;
    }
}
