package org.pathways.reference.importing;

/**
 * Bounds that keep a hostile or broken file from exhausting the server: the largest file accepted, the most
 * bytes one workbook part may inflate to and by how many times it may grow (zip bombs), the longest value.
 */
record ImportLimits(long maxFileBytes, long maxInflatedBytes, int maxInflationRatio, int maxCellChars, int maxCells) {

    static ImportLimits standard(long maxFileMegabytes) {
        return new ImportLimits(maxFileMegabytes * 1024 * 1024, 512L * 1024 * 1024, 100, 1_000_000, 1_000);
    }
}
