package org.crm4j.core.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.customer.CustomerId;

/**
 * Reads what {@link InsightService#campaignEffect} needs (the campaign, its control group, its members a page at a
 * time, two purchase-history aggregates) and hands it to {@link EffectEstimates}.
 */
final class CampaignEffects {

    /** The rule broken by measuring a campaign without a control group (field {@code campaignId}). */
    static final String CONTROL_GROUP_REQUIRED = "must have a control group (CampaignService.holdOut before"
            + " targeting) to measure its effect against";

    /** The covariates, read over the look-back before the campaign's start. */
    static final List<String> COVARIATES = List.of("recencyDays", "purchases", "netRevenue");

    private CampaignEffects() {
    }

    static CampaignEffect measure(CampaignService campaigns, PurchaseHistories histories, Transactions transactions,
            CampaignId id, EffectOptions options, ProgressListener listener) {
        Read read = transactions.inTransaction(() -> {
            Campaign campaign = campaigns.get(id);
            ControlGroup control = campaigns.controlGroup(id).orElseThrow(() -> new ValidationException(
                    "campaignId", CONTROL_GROUP_REQUIRED, id + " (\"" + campaign.name() + "\")"));
            Instant start = campaign.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = campaign.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (Instant stop : List.of(campaign.finishedAt().orElse(end), campaign.cancelledAt().orElse(end))) {
                end = stop.isBefore(end) ? (stop.isBefore(start) ? start : stop) : end;
            }
            List<CampaignMember> members = new ArrayList<>();
            for (int page = 0;; page++) {
                Page<CampaignMemberDetails> p = campaigns.members(id, PageRequest.of(page, PageRequest.MAX_SIZE,
                        Sort.asc(CampaignMemberSort.ID)));
                p.content().forEach(d -> members.add(d.member()));
                if (p.content().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            Currency currency = campaign.budget().currency();
            Instant lookback = start.minus(Duration.ofDays(options.lookbackDays()));
            return new Read(campaign, control, start, end, members,
                    histories.purchaseHistories(currency, lookback.isBefore(Instant.EPOCH) ? Instant.EPOCH : lookback,
                            start),
                    histories.purchaseHistories(currency, start, end));
        });
        listener.progress("read " + read.members.size() + " members and their purchases", 1, 2);
        Map<CustomerId, PurchaseHistory> before = byCustomer(read.before);
        Map<CustomerId, PurchaseHistory> during = byCustomer(read.during);
        int n = read.members.size();
        int[] contacted = new int[n];
        int[] converted = new int[n];
        double[][] covariates = new double[n][COVARIATES.size()];
        double[] revenue = new double[n];
        for (int i = 0; i < n; i++) {
            CampaignMember member = read.members.get(i);
            contacted[i] = member.control() ? 0 : 1;
            converted[i] = member.hasConverted() ? 1 : 0;
            PurchaseHistory b = before.get(member.customer());
            covariates[i][0] = b == null ? options.lookbackDays()
                    : Duration.between(b.lastPurchase(), read.start).toSeconds() / 86_400.0;
            covariates[i][1] = b == null ? 0 : b.transactions();
            covariates[i][2] = b == null ? 0 : b.revenue().amount().doubleValue();
            PurchaseHistory d = during.get(member.customer());
            revenue[i] = d == null ? 0 : d.revenue().amount().doubleValue();
        }
        EffectEstimates estimates = EffectEstimates.estimate(contacted, converted, covariates, COVARIATES, revenue,
                options.level());
        listener.progress("fitted the conversion and revenue models", 2, 2);
        return new CampaignEffect(id, read.campaign.name(), options, read.control, read.start, read.end,
                read.campaign.budget(), estimates);
    }

    private static Map<CustomerId, PurchaseHistory> byCustomer(List<PurchaseHistory> histories) {
        Map<CustomerId, PurchaseHistory> map = new HashMap<>();
        histories.forEach(h -> map.put(h.customerId(), h));
        return map;
    }

    private record Read(Campaign campaign, ControlGroup control, Instant start, Instant end,
            List<CampaignMember> members, List<PurchaseHistory> before, List<PurchaseHistory> during) {
    }
}
