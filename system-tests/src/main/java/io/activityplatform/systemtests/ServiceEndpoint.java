package io.activityplatform.systemtests;

import java.net.URI;

/** A running service as the system tests and the convergence checker reach it. */
public record ServiceEndpoint(String name, URI baseUrl) {

    public static ServiceEndpoint of(String name, String url) {
        return new ServiceEndpoint(name, URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
    }

    public URI resolve(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }
}
