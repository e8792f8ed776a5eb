package org.pathways.shared;

/**
 * The optimistic write every editable record uses (decision 0006): the update names the version the person read
 * ({@code ... set version = version + 1 where id = ? and version = ?}); when no row changed, someone saved first,
 * and the person is told so instead of their changes overwriting the other's or being lost.
 */
public final class OptimisticWrite {

    private OptimisticWrite() {
    }

    /**
     * @param rowsChanged what the update returned
     * @param messageKey  what the person reads ("Someone saved this record after you opened it…")
     * @param record      the record, for the log ("employer 12")
     * @param version     the version the person read
     */
    public static void expectChanged(int rowsChanged, String messageKey, String record, int version) {
        if (rowsChanged == 0) {
            throw new Conflict(messageKey, record + " changed since version " + version);
        }
    }
}
