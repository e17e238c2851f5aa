package org.crm4j.core.privacy;

import org.crm4j.core.CrmException;

/**
 * A {@link CustomerKeyVault} could not do what was asked: the vault could not be reached, or what it holds is
 * damaged, or (from {@link PrivacyService#erase}) the customer was anonymised but its key could not be destroyed.
 * The message says which customer and what to do.
 */
public class KeyVaultException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to do, not null
     */
    public KeyVaultException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do, not null
     * @param cause   the underlying failure
     */
    public KeyVaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
