package org.crm4j.examples.console;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.Page;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customers: list (search by name, paging, sorting), create, edit, delete. */
@Controller
@RequestMapping("/customers")
class CustomerController {

    /** What the form posts. */
    record CustomerForm(String name, String email, String phone, Long version) {
        static final Set<String> FIELDS = Set.of("name", "email", "phone");

        static CustomerForm empty() {
            return new CustomerForm("", "", "", 0L);
        }

        static CustomerForm of(Customer c) {
            return new CustomerForm(c.name(), c.email().value(),
                    c.phone().map(p -> p.value()).orElse(""), c.version());
        }

        Optional<String> phoneText() {
            return phone == null || phone.isBlank() ? Optional.empty() : Optional.of(phone.strip());
        }
    }

    private final Crm crm;
    private final CustomerOperations operations;

    CustomerController(Crm crm, CustomerOperations operations) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @GetMapping
    String list(@ModelAttribute("params") ListParams params, Model model) {
        CustomerQuery query = params.searching() ? CustomerQuery.all().withName(params.q()) : CustomerQuery.all();
        Page<Customer> page = crm.customers().search(query, params.request(CustomerSort.class, CustomerSort.NAME));
        model.addAttribute("page", page);
        return "customers/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", CustomerForm.empty());
        return "customers/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CustomerForm form, Principal user, Model model, RedirectAttributes flash) {
        try {
            NewCustomer command = NewCustomer.of(form.name(), form.email());
            if (form.phoneText().isPresent()) {
                command = command.withPhone(form.phoneText().get());
            }
            Customer created = operations.register(user.getName(), command);
            flash.addFlashAttribute("message", "Registered " + created.name());
            return "redirect:/customers";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, CustomerForm.FIELDS));
            return "customers/form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable("id") String id, Model model) {
        Customer customer = crm.customers().get(CustomerId.of(id));
        model.addAttribute("customerId", id);
        model.addAttribute("form", CustomerForm.of(customer));
        return "customers/form";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable("id") String id, @ModelAttribute("form") CustomerForm form, Principal user, Model model,
            RedirectAttributes flash) {
        model.addAttribute("customerId", id);
        try {
            CustomerId customerId = CustomerId.of(id);
            Customer current = crm.customers().get(customerId);
            CustomerUpdate update = CustomerUpdate.from(current);
            update = new CustomerUpdate(form.version() == null ? -1 : form.version(), form.name(), form.email(), form.phoneText(),
                    update.dateOfBirth(), update.gender());
            Customer saved = operations.update(user.getName(), customerId, update);
            flash.addFlashAttribute("message", "Saved " + saved.name());
            return "redirect:/customers";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, CustomerForm.FIELDS));
            return "customers/form";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable("id") String id, Principal user, RedirectAttributes flash) {
        try {
            operations.delete(user.getName(), CustomerId.of(id));
            flash.addFlashAttribute("message", "Deleted");
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/customers";
    }
}
