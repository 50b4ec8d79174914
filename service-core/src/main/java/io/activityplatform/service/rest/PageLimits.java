package io.activityplatform.service.rest;

/**
 * The page size every list endpoint takes as {@code limit}: a whole number from 1 up. {@link #CEILING} bounds
 * any page of any service (a bound on every response); an endpoint with a smaller maximum checks it with
 * {@link #check(int, int)}.
 */
public final class PageLimits {

    public static final String PARAMETER = "limit";
    public static final int CEILING = 5000;
    static final String RULE = "must be a whole number from 1 to " + CEILING;

    private PageLimits() {
    }

    static Integer parse(String value) {
        int limit = Integer.parseInt(value.trim());
        if (limit < 1 || limit > CEILING) {
            throw new IllegalArgumentException(value);
        }
        return limit;
    }

    /** Refuses a limit above this endpoint's maximum, naming the parameter. */
    public static int check(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidParameterException(PARAMETER, "must be a whole number from 1 to " + max);
        }
        return limit;
    }
}
