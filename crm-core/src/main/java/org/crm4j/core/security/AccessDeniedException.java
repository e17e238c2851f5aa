package org.crm4j.core.security;

import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.CrmException;

/**
 * The acting user may not do what was asked: the user lacks the {@linkplain #permission() permission} the
 * operation needs, or the {@linkplain #record() record} is outside the user's {@link Scope}. The operation has
 * changed nothing. Messages name the user and the permission or the record, never personal data.
 */
public class AccessDeniedException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final transient Principal principal;
    private final Permission permission;
    private final transient RecordRef record;

    private AccessDeniedException(String message, Principal principal, Permission permission, RecordRef record) {
        super(message);
        this.principal = principal;
        this.permission = permission;
        this.record = record;
    }

    /**
     * @param principal  the user
     * @param permission the permission the user lacks
     * @param operation  the operation asked for, such as {@code "CustomerService.register"}
     * @return {@code "ada [SALES_REP] of team north lacks permission CAMPAIGN_WRITE for CampaignService.plan"}
     */
    public static AccessDeniedException lacking(Principal principal, Permission permission, String operation) {
        return new AccessDeniedException(String.format(Locale.ROOT, "%s lacks permission %s for %s", principal,
                permission, operation), principal, permission, null);
    }

    /**
     * @param principal the user
     * @param record    the record outside the user's scope
     * @param operation the operation asked for
     * @return {@code "ada [SALES_REP] of team north may not access customer 5f0c… (CustomerService.get)"}
     */
    public static AccessDeniedException outOfScope(Principal principal, RecordRef record, String operation) {
        return new AccessDeniedException(String.format(Locale.ROOT, "%s may not access %s (%s)", principal, record,
                operation), principal, null, record);
    }

    /** @return the refused user */
    public Principal principal() {
        return principal;
    }

    /** @return the permission the user lacks, or empty if a record was out of scope */
    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    /** @return the record out of the user's scope, or empty if a permission was lacking */
    public Optional<RecordRef> record() {
        return Optional.ofNullable(record);
    }
}
