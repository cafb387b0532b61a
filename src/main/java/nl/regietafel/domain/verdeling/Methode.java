package nl.regietafel.domain.verdeling;

/** Apportionment method (SPEC §5.1, §5.7). */
public enum Methode {
    /** Hamilton: floors of the quotas, the rest to the largest remainders. Sum exact; the default. */
    GROOTSTE_OVERSCHOT,
    /** Each quota rounded half up on its own. The sum may differ from the total; the difference is reported. */
    AFRONDEN,
    /** Highest averages with divisors 1, 2, 3, ... Sum exact; favours large units. */
    DHONDT,
    /** Highest averages with divisors 1, 3, 5, ... (Webster). Sum exact; neutral between large and small. */
    SAINTE_LAGUE,
    /** Art. 29 Huisvestingswet 2014: each quota rounded up. The sum may exceed the total (by less than n). */
    NAAR_BOVEN;

    /** Whether the method guarantees that the shares add up to exactly the total. */
    public boolean somExact() {
        return this == GROOTSTE_OVERSCHOT || this == DHONDT || this == SAINTE_LAGUE;
    }
}
