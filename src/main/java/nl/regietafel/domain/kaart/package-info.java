/**
 * The map of a region: TopoJSON decoded (quantized, delta-encoded arcs), projected onto a page,
 * the region outline, and the classes a gemeente is coloured by. Plain Java, no I/O: the file is
 * read in {@code report.kaart}.
 */
package nl.regietafel.domain.kaart;
