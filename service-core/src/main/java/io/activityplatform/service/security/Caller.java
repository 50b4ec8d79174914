package io.activityplatform.service.security;

import io.activityplatform.events.event.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated user of the current request, as the verified token names it: the actor recorded in the
 * events (subject, display name) and the accounts the holder may use. No request header can change either.
 */
@RequestScoped
public class Caller {

    /** The claim listing the accounts (tenants) the token's holder may use. */
    public static final String ACCOUNTS_CLAIM = "accounts";
    static final int MAX_NAME = 200;

    @Inject
    JsonWebToken token;

    /** The actor for events this caller causes: {@code user:<sub>} with the token's display name. */
    public Actor actor() {
        return actorOf(token);
    }

    /** The accounts this caller may see and act on; empty when the token names none. */
    public Set<String> accounts() {
        return accountsOf(token);
    }

    static Actor actorOf(JsonWebToken token) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            subject = token.getName(); // upn / preferred_username / sub, as MP JWT defines the principal name
        }
        return Actor.user(clip(subject), clip(displayName(token)));
    }

    static String displayName(JsonWebToken token) {
        for (String claim : new String[] {"name", "preferred_username", "upn"}) {
            Object value = token.getClaim(claim);
            String text = value == null ? null : value.toString().replace("\"", "");
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    static Set<String> accountsOf(JsonWebToken token) {
        Object claim = token.getClaim(ACCOUNTS_CLAIM);
        Set<String> accounts = new TreeSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> accounts.add(value.toString().replace("\"", "")));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(value -> accounts.add(value.toString().replace("\"", "")));
        } else if (claim != null) {
            accounts.add(claim.toString().replace("\"", ""));
        }
        return accounts;
    }

    /** Control characters (a tab, a newline) never reach the audit trail; length is bounded. */
    static String clip(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "").strip();
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }
}
