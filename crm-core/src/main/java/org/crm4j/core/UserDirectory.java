package org.crm4j.core;

/**
 * Port, optional, given by the host: the users who may own leads and opportunities. Without one
 * ({@link #anyone()}, the default of {@link Crm.Builder#userDirectory(UserDirectory)}) every well-formed
 * {@link UserId} is accepted; with one, an owner the directory does not know is refused with a
 * {@link NotFoundException} on field {@code "owner"}. Implementations must be thread-safe and fast (called once per
 * change of an owner).
 */
@FunctionalInterface
public interface UserDirectory {

    /**
     * @param user a well-formed user id
     * @return whether the host knows the user
     */
    boolean exists(UserId user);

    /** @return the directory that knows every user id: owners are not checked */
    static UserDirectory anyone() {
        return user -> true;
    }

    /**
     * Checks an owner.
     *
     * @param owner the owner
     * @return {@code owner}
     * @throws ValidationException on field {@code "owner"} if null
     * @throws NotFoundException   on field {@code "owner"} if the directory does not know the user
     */
    default UserId require(UserId owner) {
        Require.nonNull("owner", owner);
        if (!exists(owner)) {
            throw new NotFoundException("owner", owner);
        }
        return owner;
    }
}
