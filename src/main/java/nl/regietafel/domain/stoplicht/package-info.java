/** The status of a gemeente on an opgave in words and colour: op schema, achter, ver achter. */
package nl.regietafel.domain.stoplicht;
