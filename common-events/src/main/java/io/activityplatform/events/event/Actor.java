package io.activityplatform.events.event;

import java.util.Objects;

/**
 * Who caused an event: a person or program using the REST API, an agent on a computer, or a service
 * reacting on its own (a claim, a timeout, a retry). Every event names one, so the history answers
 * "who canceled this, and when". A user's id is the subject of its verified token; {@code name} is the
 * token's display name (optional, absent from the JSON when unknown).
 */
public record Actor(Kind kind, String id, String name) {

    public enum Kind { USER, AGENT, SERVICE }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public Actor(Kind kind, String id) {
        this(kind, id, null);
    }

    public static Actor user(String id) {
        return new Actor(Kind.USER, id);
    }

    /** A user as its token names it: subject and display name. */
    public static Actor user(String id, String name) {
        return new Actor(Kind.USER, id, name);
    }

    public static Actor agent(String computerId) {
        return new Actor(Kind.AGENT, computerId);
    }

    public static Actor service(String name) {
        return new Actor(Kind.SERVICE, name);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
