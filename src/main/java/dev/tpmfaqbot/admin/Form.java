package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.http.QueryParameter;
import java.nio.charset.StandardCharsets;

/**
 * The fields of a form posted as {@code application/x-www-form-urlencoded}, or of a query string.
 */
record Form(String raw) {

    static Form body(byte[] body) {
        return new Form(new String(body, StandardCharsets.UTF_8));
    }

    /** The decoded value, "" when absent or not valid percent-encoding. */
    String value(String name) {
        try {
            return QueryParameter.first(raw, name).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
