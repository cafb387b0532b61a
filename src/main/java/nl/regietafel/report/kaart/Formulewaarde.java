package nl.regietafel.report.kaart;

import java.util.OptionalDouble;

import nl.regietafel.domain.stoplicht.Stoplicht;
import nl.regietafel.domain.stoplicht.Stoplichtdrempels;

import org.apache.poi.ss.util.NumberComparer;

/**
 * The values of {@link StoplichtBlad}'s two formulas for one cell of the matrix, worked out as a
 * spreadsheet does: the same operations on doubles in the formula's order, compared as POI's
 * evaluator compares (Excel's {@link NumberComparer}). Written as the formulas' cached values, they
 * spare the maandpakket and the PRT-inbreng the formula evaluator, which otherwise parsed and
 * evaluated every formula of the workbook (444 of 30.207 CPU samples of a national month). StoplichtBladTest
 * checks them against the evaluator.
 *
 * @param opgave     the opgave cell (empty counts as 0)
 * @param realisatie the realised cell (empty counts as 0)
 * @param maand      month of the half-year; before month 6 the norm is maand/6 of the opgave
 */
record Formulewaarde(double opgave, double realisatie, int maand, Stoplichtdrempels drempels) {

    /** {@code IF(opgave>0,realisatie/opgave,"")}: empty for the text "". */
    OptionalDouble aandeel() {
        return NumberComparer.compare(opgave, 0) > 0 ? OptionalDouble.of(realisatie / opgave) : OptionalDouble.empty();
    }

    /** {@code IF(opgave<=0,"geen opgave",IF(100*realisatie>=op*norm,"op schema",IF(100*realisatie>=achter*norm,"achter","ver achter")))}. */
    Stoplicht status() {
        if (NumberComparer.compare(opgave, 0) <= 0) return Stoplicht.GEEN_OPGAVE;
        double norm = maand >= 6 ? opgave : opgave * maand / 6;
        double honderd = 100 * realisatie;
        if (NumberComparer.compare(honderd, drempels.opSchemaVanaf() * norm) >= 0) return Stoplicht.OP_SCHEMA;
        if (NumberComparer.compare(honderd, drempels.achterVanaf() * norm) >= 0) return Stoplicht.ACHTER;
        return Stoplicht.VER_ACHTER;
    }
}
