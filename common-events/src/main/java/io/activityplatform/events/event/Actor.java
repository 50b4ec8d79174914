package io.activityplatform.events.event;

import java.util.Objects;

/**
 * Who caused an event: a person or program using the REST API, an agent on a computer, or a service
 * reacting on its own (a claim, a timeout, a retry). Every event names one, so the history answers
 * "who canceled this, and when".
 */
public record Actor(Kind kind, String id) {

    public enum Kind { USER, AGENT, SERVICE }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Actor user(String id) {
        return new Actor(Kind.USER, id);
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
