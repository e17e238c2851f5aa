package org.crm4j.jpa;

/**
 * A customer's personal field that crm4j can encrypt at rest. Each is encrypted unless the host keeps it in clear
 * with {@link PersonalDataEncryption#keepInClear(PersonalField...)}, which it does to search or sort by it.
 */
public enum PersonalField {
    /** The display name; encrypted, it can be neither searched by contained text nor sorted by. */
    NAME(1, "name"),
    /** The e-mail address; encrypted, exact lookups and uniqueness go through a blind index, contained text not. */
    EMAIL(2, "email"),
    /** The phone number; encrypted, exact lookups go through a blind index. */
    PHONE(4, "phone"),
    /** The date of birth; encrypted, it cannot be searched by range. */
    DATE_OF_BIRTH(8, "date_of_birth");

    private final int bit;
    private final String column;

    PersonalField(int bit, String column) {
        this.bit = bit;
        this.column = column;
    }

    /** @return the bit of this field in the stored set of encrypted fields of a row */
    public int bit() {
        return bit;
    }

    /** @return the column of {@code crm_customer} that holds the field */
    public String column() {
        return column;
    }
}
