/**
 * Distribution (SPEC §9): the distributielijst per gemeente ({@link nl.regietafel.verzend.Distributie}),
 * the addresses ({@link nl.regietafel.verzend.Adresboek}: settings over {@code referentie/contacten.csv})
 * and the optional verzend step ({@link nl.regietafel.verzend.Verzending}: off by default, dry run
 * writes {@code .eml} files).
 */
package nl.regietafel.verzend;
