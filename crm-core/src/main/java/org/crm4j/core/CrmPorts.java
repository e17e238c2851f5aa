package org.crm4j.core;

import java.util.Objects;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.SaleRepository;

/**
 * The ports an adapter implements, bundled for {@link Crm#of(CrmPorts, java.time.Clock, IdGenerator)}. All ports
 * of one bundle share one store and one {@link Transactions}: a service operation that uses several ports is
 * atomic across them. One adapter object may implement several ports.
 *
 * @param customers    the customer repository
 * @param products     the product repository
 * @param sales        the sale repository
 * @param salesReports the reporting queries over sales
 * @param campaigns     the campaign repository
 * @param campaignMembers the campaign member repository
 * @param relationships the customer relationship repository
 * @param transactions the transaction port shared by all of the above
 */
public record CrmPorts(CustomerRepository customers, ProductRepository products, SaleRepository sales,
        SalesReports salesReports, CampaignRepository campaigns, CampaignMemberRepository campaignMembers,
        RelationshipRepository relationships,
        Transactions transactions) {

    /**
     * Checks that every port is present.
     *
     * @throws NullPointerException naming the missing port
     */
    public CrmPorts {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(salesReports, "salesReports");
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(campaignMembers, "campaignMembers");
        Objects.requireNonNull(relationships, "relationships");
        Objects.requireNonNull(transactions, "transactions");
    }
}
