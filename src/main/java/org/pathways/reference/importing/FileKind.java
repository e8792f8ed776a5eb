package org.pathways.reference.importing;

import java.math.BigDecimal;
import java.util.List;

import org.pathways.reference.ReferenceDataset;
import org.pathways.reference.importing.Header.FileProblem;
import org.pathways.reference.importing.Header.ValueProblem;

/**
 * One kind of official file, recognized by its columns rather than its name, and what it loads: one or
 * more datasets (the Census county file also yields the states), each with its vintage.
 */
interface FileKind {

    /** Message key naming the kind in the import report ("NAICS code list"). */
    String messageKey();

    boolean recognizes(Header header);

    List<Target> targets(Header header) throws FileProblem;

    /** Turns a data row into the dataset's columns, or null for a row the dataset does not use. */
    interface RowMapper {
        String[] map(List<String> cells) throws ValueProblem;
    }

    record Target(ReferenceDataset dataset, String vintage, BigDecimal vintageOrder, RowMapper mapper) {
    }
}
