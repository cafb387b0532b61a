package nl.regietafel.berekening;

import nl.regietafel.domain.stoplicht.Stoplichtdrempels;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The thresholds of the traffic-light matrix ({@code regietafel.stoplicht.op-schema-vanaf},
 * {@code regietafel.stoplicht.achter-vanaf}, whole percent of the opgave realised).
 */
@Component
@ConfigurationProperties("regietafel.stoplicht")
public class StoplichtInstellingen {

    private int opSchemaVanaf = Stoplichtdrempels.STANDAARD.opSchemaVanaf();
    private int achterVanaf = Stoplichtdrempels.STANDAARD.achterVanaf();

    public Stoplichtdrempels drempels() {
        return new Stoplichtdrempels(opSchemaVanaf, achterVanaf);
    }

    public int getOpSchemaVanaf() {
        return opSchemaVanaf;
    }

    public void setOpSchemaVanaf(int opSchemaVanaf) {
        this.opSchemaVanaf = opSchemaVanaf;
    }

    public int getAchterVanaf() {
        return achterVanaf;
    }

    public void setAchterVanaf(int achterVanaf) {
        this.achterVanaf = achterVanaf;
    }
}
