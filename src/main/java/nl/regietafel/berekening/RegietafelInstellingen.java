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
