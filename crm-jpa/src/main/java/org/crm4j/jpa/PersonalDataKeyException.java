package org.crm4j.jpa;

/**
 * A stored personal value could not be encrypted or decrypted: its key is missing from the {@link KeyProvider},
 * the key is not usable (wrong algorithm or length), or the value does not authenticate under its key (a wrong
 * key under the right id, or a value changed in the database). crm4j never returns garbage instead: the operation
 * fails and changes nothing. The message names the row, the column and the key id, never the value.
 */
public class PersonalDataKeyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with the row, column and key id
     * @param cause   the cryptographic failure, or null
     */
    public PersonalDataKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
