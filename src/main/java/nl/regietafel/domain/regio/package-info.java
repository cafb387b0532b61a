/**
 * A region's share of every opgave: figures of record from the national documents and the
 * indicative distribution by inwoners beside them (SPEC §5.2, §5.3). Plain Java.
 */
package nl.regietafel.domain.regio;
