package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.junit.jupiter.api.Test;

/** The JSON form of a privacy export, parsed back with Jackson's streaming parser. */
class CustomerRecordJsonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    /** Parses JSON into maps (insertion order), lists, strings, longs, decimals as text, booleans and nulls. */
    private static Object parse(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            Object value = parse(parser);
            assertEquals(null, parser.nextToken(), "nothing after the record");
            return value;
        }
    }

    private static Object parse(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, parse(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(parse(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected " + token);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value) {
        return (List<Object>) value;
    }

    @Test
    void toJson_exportOfACustomer_holdsEveryComponentInTheUniformMapping() throws IOException {
        Crm crm = Crm.inMemory(new MutableClock(NOW), IdGenerator.sequence());
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "Ada@Example.org")
                .withPhone("+44 20 7946 0958").withDateOfBirth(LocalDate.of(1815, 12, 10))).id();
        crm.customers().recordConsent(ada, Channel.SMS, false);
        ProductId tea = crm.products().create(new NewProduct("TEA-1", "Tea", Money.of("4.50", "EUR"), 10)).id();
        crm.sales().record(NewSale.of(ada, tea, 3));
        crm.tickets().open(NewTicket.of(ada, "Wet tea", "The box was \"soaked\", Über-wet ☂ \\ 𝄞", "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL));

        Map<String, Object> json = object(parse(CustomerRecordJson.toJson(crm.privacy().export(ada))));

        assertEquals(List.of("format", "version", "exportedAt", "customer", "sales", "relationships", "campaigns",
                "tickets", "surveyInvitations", "leads", "opportunities", "activities"), List.copyOf(json.keySet()));
        assertEquals("crm4j-customer-record", json.get("format"));
        assertEquals(1L, json.get("version"));
        assertEquals("2026-03-01T10:15:30Z", json.get("exportedAt"));
        Map<String, Object> customer = object(json.get("customer"));
        assertEquals(ada.value().toString(), customer.get("id"));
        assertEquals("Ada Lovelace", customer.get("name"));
        assertEquals("ada@example.org", customer.get("email"));
        assertEquals("+442079460958", customer.get("phone"));
        assertEquals("1815-12-10", customer.get("dateOfBirth"));
        assertEquals(false, object(object(customer.get("consents")).get("SMS")).get("granted"));
        Map<String, Object> sale = object(array(json.get("sales")).get(0));
        assertEquals(3L, sale.get("quantity"));
        assertEquals(Map.of("amount", "4.50", "currency", "EUR"), sale.get("unitPrice"));
        assertEquals("The box was \"soaked\", Über-wet ☂ \\ 𝄞", object(array(json.get("tickets")).get(0))
                .get("description"));
        assertEquals(List.of(), json.get("leads"));
    }

    @Test
    void write_nullRecord_isRefusedNamingIt() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> CustomerRecordJson.write(null, new java.io.ByteArrayOutputStream()));
        assertEquals("record", e.getMessage());
    }
}
