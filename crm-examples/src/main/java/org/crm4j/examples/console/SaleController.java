package org.crm4j.examples.console;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.Page;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleSort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sales: list (of one customer, by e-mail address, or all; paging; sorting by date or quantity) and recording a
 * sale, which takes the units from the product's stock. crm4j's sales are an immutable ledger: a sale is neither
 * edited nor deleted (a return is a sale of its own), so this page has no edit or delete.
 */
@Controller
@RequestMapping("/sales")
class SaleController {

    /** What the form posts. */
    record SaleForm(String customer, String product, String quantity) {
        static final Set<String> FIELDS = Set.of("customer", "product", "quantity");
    }

    /** One row of the list. */
    record SaleRow(Sale sale, String customer, String product) {
    }

    private final Crm crm;
    private final Lookups lookups;
    private final HostOperations operations;

    SaleController(Crm crm, Lookups lookups, HostOperations operations) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @GetMapping
    String list(@ModelAttribute("params") ListParams params, Model model) {
        SaleQuery query = SaleQuery.all();
        if (params.searching()) {
            var customer = crm.customers().findByEmail(params.q());
            if (customer.isEmpty()) {
                model.addAttribute("error", "No customer has the e-mail address " + params.q());
                model.addAttribute("page", new Page<SaleRow>(List.of(), 0, params.size(), 0));
                return "sales/list";
            }
            query = query.withCustomer(customer.get().id());
        }
        Page<Sale> page = crm.sales().search(query, params.request(SaleSort.class, SaleSort.SOLD_AT));
        Map<CustomerId, Customer> customers = lookups.visibleCustomers(
                page.content().stream().map(Sale::customerId).distinct().toList());
        Map<ProductId, Product> products = new HashMap<>();
        model.addAttribute("page", page.map(s -> new SaleRow(s,
                customers.containsKey(s.customerId()) ? customers.get(s.customerId()).name() : "?",
                products.computeIfAbsent(s.productId(), id -> crm.products().get(id)).sku().value())));
        return "sales/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new SaleForm("", "", "1"));
        return "sales/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") SaleForm form, Principal user, Model model, RedirectAttributes flash) {
        try {
            Customer customer = lookups.customer("customer", form.customer());
            Product product = lookups.product("product", form.product());
            int quantity = Lookups.integer("quantity", form.quantity());
            Sale sale = operations.run(user.getName(), "recorded a sale of " + quantity + " x " + product.sku().value()
                    + " to " + customer.email().value(),
                    () -> crm.sales().record(NewSale.of(customer.id(), product.id(), quantity)));
            int left = crm.products().get(product.id()).stock();
            flash.addFlashAttribute("message", String.format("Recorded %d x %s for %s (%s); %d left in stock",
                    sale.quantity(), product.sku().value(), customer.name(), sale.total(), left));
            return "redirect:/sales";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, SaleForm.FIELDS));
            return "sales/form";
        }
    }
}
