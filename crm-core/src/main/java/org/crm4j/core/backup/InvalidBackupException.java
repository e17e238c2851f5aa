package org.crm4j.core.backup;

import org.crm4j.core.CrmException;

/**
 * An archive that {@link BackupService#restore} or {@link BackupService#verify} refuses: not a complete ZIP, no or
 * an unreadable manifest, an unknown format version, a missing or unexpected file, a checksum or count that does
 * not match, or a line that is not a valid record. The message names the file and, where there is one, the line.
 * Thrown before anything is written.
 */
public class InvalidBackupException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file and line */
    public InvalidBackupException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file and line
     * @param cause   the underlying failure
     */
    public InvalidBackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
