/**
 * The verdeling step: loads what was imported from the store, runs the domain computations
 * and stores their results for the documents.
 */
package nl.regietafel.berekening;
