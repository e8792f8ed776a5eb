package org.pathways.reference;

/** Published after an import changed reference data, so caches built from it (the title suggester) rebuild. */
public record ReferenceDataChanged(long rowsLoaded) {
}
