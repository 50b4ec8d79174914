package io.activityplatform.service.security;

/**
 * The three user roles, as they appear in the token's {@code groups} claim and in {@code @RolesAllowed}.
 * Each role implies the ones below it (admin → operator → viewer, mapped in service-core's
 * microprofile-config.properties), so an endpoint names only the lowest role that may call it.
 */
public final class Roles {

    /** Read and stream: lists, single objects, history, output, artifacts, summaries, SSE. */
    public static final String VIEWER = "viewer";
    /** Change activities: create, cancel, approve, hold, retry, bulk; schedules and calendars. */
    public static final String OPERATOR = "operator";
    /** Accounts, accepting computers, projection rebuilds and the admin views. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
