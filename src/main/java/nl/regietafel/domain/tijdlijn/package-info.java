/** Places by month from the locations' dates (Open vanaf, Beschikbaar tot), against the opgaven. */
package nl.regietafel.domain.tijdlijn;
