/**
 * Relationships between customers: the {@link org.crm4j.core.relationship.CustomerRelationship} aggregate (type,
 * status with its history, period of validity as OFBiz's party relationships), the
 * {@link org.crm4j.core.relationship.RelationshipService} with its network queries (neighbours, deteriorated
 * relationships, shortest path) and the {@link org.crm4j.core.relationship.RelationshipRepository} port.
 */
package org.crm4j.core.relationship;
