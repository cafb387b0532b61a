package nl.regietafel.domain.onderdestreep;

import nl.regietafel.domain.Opgave;

/**
 * An area's position on one opgave: asked, realised, and what exchange added ({@code ontvangen})
 * or took away ({@code ingezet}) under the exchange table.
 */
public record Positie(Opgave opgave, long opgaveAantal, long realisatie, long ontvangen, long ingezet) {

    public long saldo() {
        return realisatie - opgaveAantal;
    }

    public long saldoNaUitwisseling() {
        return saldo() + ontvangen - ingezet;
    }

    public boolean gehaald() {
        return saldo() >= 0;
    }

    public boolean gehaaldNaUitwisseling() {
        return saldoNaUitwisseling() >= 0;
    }
}
