package nl.regietafel.report.procesplan;

import java.util.List;

import nl.regietafel.domain.controle.Controle;
import nl.regietafel.report.Documentkop;

/** Everything the procesplan tables document shows; one model for the PDF and the XLSX. */
public record ProcesplanTabellenModel(Documentkop kop, Tabel21 tabel21, Tabel22 tabel22, Bijlage3 bijlage3,
                                      Bijlage4 bijlage4, List<Voetnoot> voetnoten, List<Controle> controles) {
}
