package org.crm4j.core.backup;

/**
 * Hears how far an export or restore has come: on the calling thread, after each page of records (at most 1 000)
 * and once at the end, with the records done so far and the total from the counts taken at the start. An
 * exception thrown by the listener aborts the operation and propagates (a restore then writes nothing).
 */
@FunctionalInterface
public interface BackupProgress {

    /** A listener that ignores every report. */
    BackupProgress NONE = (done, total) -> {
    };

    /**
     * @param done  records written so far, in [0, total]
     * @param total records of the whole backup
     */
    void progress(long done, long total);
}
