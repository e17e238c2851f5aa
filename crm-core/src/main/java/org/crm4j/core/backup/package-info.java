/**
 * Backup and restore of a whole CRM on any adapter: {@link org.crm4j.core.backup.BackupService} writes one
 * consistent snapshot as a versioned, checksummed ZIP of JSON Lines (one file per kind of record, a
 * {@link org.crm4j.core.backup.BackupManifest} with counts and SHA-256), streaming a page of records at a time, and
 * restores an archive into an empty CRM after checking all of it. Adapters implement the
 * {@link org.crm4j.core.backup.BackupStore} port (snapshot, counts, keyset listings); the records are read and
 * written through the features' repository ports. The JSON mapping lives here, without a library, because
 * crm-core depends on nothing but SLF4J.
 */
package org.crm4j.core.backup;
