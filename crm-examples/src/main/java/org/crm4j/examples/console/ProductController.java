package org.crm4j.examples.console;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.product.ProductUpdate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Products: list (search by name, paging, sorting), create, edit (name, price), restock, delete. */
@Controller
@RequestMapping("/products")
class ProductController {

    /** What the form posts; on edit the SKU and stock are shown, not changed. */
    record ProductForm(String sku, String name, String price, String currency, String stock, Long version) {
        static final Set<String> FIELDS = Set.of("sku", "name", "price", "currency", "stock");

        static ProductForm empty() {
            return new ProductForm("", "", "", "EUR", "0", 0L);
        }

        static ProductForm of(Product p) {
            return new ProductForm(p.sku().value(), p.name(), p.price().amount().toPlainString(),
                    p.price().currency().getCurrencyCode(), Integer.toString(p.stock()), p.version());
        }
    }

    private final Crm crm;
    private final HostOperations operations;

    ProductController(Crm crm, HostOperations operations) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @GetMapping
    String list(@ModelAttribute("params") ListParams params, Model model) {
        ProductQuery query = params.searching() ? ProductQuery.all().withName(params.q()) : ProductQuery.all();
        model.addAttribute("page", crm.products().search(query, params.request(ProductSort.class, ProductSort.NAME)));
        return "products/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", ProductForm.empty());
        return "products/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ProductForm form, Principal user, Model model, RedirectAttributes flash) {
        try {
            NewProduct command = new NewProduct(form.sku(), form.name(),
                    Lookups.money("price", form.price(), form.currency()), Lookups.integer("stock", form.stock()));
            Product created = operations.run(user.getName(), "created product " + form.sku(),
                    () -> crm.products().create(command));
            flash.addFlashAttribute("message", "Created " + created.sku().value());
            return "redirect:/products";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, ProductForm.FIELDS));
            return "products/form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable("id") String id, Model model) {
        model.addAttribute("productId", id);
        model.addAttribute("form", ProductForm.of(crm.products().get(ProductId.of(id))));
        return "products/form";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable("id") String id, @ModelAttribute("form") ProductForm form, Principal user,
            Model model, RedirectAttributes flash) {
        model.addAttribute("productId", id);
        try {
            ProductUpdate update = new ProductUpdate(form.version() == null ? -1 : form.version(), form.name(),
                    Lookups.money("price", form.price(), form.currency()));
            Product saved = operations.run(user.getName(), "updated product " + id,
                    () -> crm.products().update(ProductId.of(id), update));
            flash.addFlashAttribute("message", "Saved " + saved.sku().value());
            return "redirect:/products";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, ProductForm.FIELDS));
            return "products/form";
        }
    }

    @PostMapping("/{id}/restock")
    String restock(@PathVariable("id") String id, @RequestParam("quantity") String quantity, Principal user,
            RedirectAttributes flash) {
        try {
            Product restocked = operations.run(user.getName(), "restocked product " + id,
                    () -> crm.products().restock(ProductId.of(id), Lookups.integer("quantity", quantity)));
            flash.addFlashAttribute("message", "Restocked " + restocked.sku().value() + ": " + restocked.stock()
                    + " in stock");
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/products";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable("id") String id, Principal user, RedirectAttributes flash) {
        try {
            operations.run(user.getName(), "deleted product " + id, () -> {
                crm.products().delete(ProductId.of(id));
                return null;
            });
            flash.addFlashAttribute("message", "Deleted");
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/products";
    }
}
