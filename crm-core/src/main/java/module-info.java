/**
 * crm4j core: the CRM domain (customers, products, sales, campaigns, customer relationships), its services,
 * repository ports and insight services. Free of any persistence framework: adapters such as crm-jpa implement the
 * ports.
 */
module org.crm4j.core {
    requires transitive org.crm4j.analytics;
    requires org.slf4j;

    exports org.crm4j.core;
    exports org.crm4j.core.access;
    exports org.crm4j.core.activity;
    exports org.crm4j.core.audit;
    exports org.crm4j.core.automation;
    exports org.crm4j.core.campaign;
    exports org.crm4j.core.customer;
    exports org.crm4j.core.imports;
    exports org.crm4j.core.insight;
    exports org.crm4j.core.lead;
    exports org.crm4j.core.opportunity;
    exports org.crm4j.core.pipeline;
    exports org.crm4j.core.privacy;
    exports org.crm4j.core.product;
    exports org.crm4j.core.relationship;
    exports org.crm4j.core.report;
    exports org.crm4j.core.security;
    exports org.crm4j.core.sales;
    exports org.crm4j.core.survey;
    exports org.crm4j.core.ticket;
    exports org.crm4j.core.timeline;
}
