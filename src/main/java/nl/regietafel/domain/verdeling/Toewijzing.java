package nl.regietafel.domain.verdeling;

import java.math.BigDecimal;

/**
 * One unit's share: its weight, the exact quota (total × weight / total weight, 10 decimals,
 * kept so that the XLSX can show where the whole number came from) and the whole number.
 */
public record Toewijzing(String code, long gewicht, BigDecimal quotum, long aantal) {
}
