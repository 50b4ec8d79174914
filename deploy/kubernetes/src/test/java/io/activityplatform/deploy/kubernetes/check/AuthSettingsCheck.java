package io.activityplatform.deploy.kubernetes.check;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-token verification is configured for every service (issue 12): the issuer (an https URL), the
 * audiences, and the verification key, either a JWKS URL (https) or a PEM file mounted from a ConfigMap or
 * Secret that is not optional, so a missing key stops the pod instead of starting it unable to check tokens.
 */
public final class AuthSettingsCheck {

    static final String ISSUER = "MP_JWT_VERIFY_ISSUER";
    static final String AUDIENCES = "MP_JWT_VERIFY_AUDIENCES";
    static final String KEY = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";

    private AuthSettingsCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (String service : platform.services().keySet()) {
            String issuer = Mounts.env(platform, service, ISSUER).orElse("");
            if (!issuer.startsWith("https://")) {
                problems.add(service + ": " + ISSUER + " is '" + issuer + "', expected the identity provider's https URL");
            }
            if (Mounts.env(platform, service, AUDIENCES).orElse("").isBlank()) {
                problems.add(service + ": " + AUDIENCES + " is not set: a token for any other application would do");
            }
            String key = Mounts.env(platform, service, KEY).orElse("");
            Manifest deployment = platform.manifests().baseResource("Deployment", service).orElseThrow();
            if (key.startsWith("https://")) {
                continue;
            }
            Optional<Mounts.Source> source = Mounts.fileSource(deployment.doc(), key.replaceFirst("^file:", ""));
            if (source.isEmpty()) {
                problems.add(deployment.where() + ": " + KEY + " '" + key + "' is neither an https JWKS URL nor a file "
                        + "mounted from a ConfigMap or Secret");
            } else if (source.get().optional()) {
                problems.add(deployment.where() + ": the verification key's volume is optional");
            }
        }
        return problems;
    }
}
