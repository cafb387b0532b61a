/**
 * National documents: the manifest {@code landelijk/documenten.yaml}, source profiles
 * {@code profielen/*.yaml} (declarative column mappings) and the reader that applies a profile
 * to a publisher's workbook (docs/invoerformaten.md).
 */
package nl.regietafel.ingest.landelijk;
