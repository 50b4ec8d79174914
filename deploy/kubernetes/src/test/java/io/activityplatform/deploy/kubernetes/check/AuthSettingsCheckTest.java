package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthSettingsCheckTest {

    @Test
    void acceptsAJwksUrlInsteadOfAMountedKey() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config", cm -> Planting.object(cm, "/data")
                .put(AuthSettingsCheck.KEY, "https://auth.example.com/realms/platform/protocol/openid-connect/certs"));

        assertThat(AuthSettingsCheck.check(planted)).isEmpty();
    }

    @Test
    void reportsAPlainHttpIssuer() {
        Platform planted = Planting.edit("ConfigMap", "activity-api-config",
                cm -> Planting.object(cm, "/data").put(AuthSettingsCheck.ISSUER, "http://auth.example.com"));

        assertThat(AuthSettingsCheck.check(planted)).singleElement().asString()
                .startsWith("activity-api: MP_JWT_VERIFY_ISSUER is 'http://auth.example.com'");
    }

    @Test
    void reportsMissingAudiences() {
        Platform planted = Planting.edit("ConfigMap", "message-system-config",
                cm -> Planting.object(cm, "/data").remove(AuthSettingsCheck.AUDIENCES));

        assertThat(AuthSettingsCheck.check(planted)).singleElement().asString()
                .contains("message-system: MP_JWT_VERIFY_AUDIENCES is not set");
    }

    @Test
    void reportsAKeyFileNothingIsMountedAt() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config",
                cm -> Planting.object(cm, "/data").put(AuthSettingsCheck.KEY, "/deployments/publicKey.pem"));

        assertThat(AuthSettingsCheck.check(planted)).singleElement().asString()
                .contains("is neither an https JWKS URL nor a file mounted from a ConfigMap or Secret");
    }

    @Test
    void reportsAnOptionalKey() {
        Platform planted = Planting.edit("Deployment", "activity-api",
                d -> Planting.object(d, "/spec/template/spec/volumes/2/configMap").put("optional", true));

        assertThat(AuthSettingsCheck.check(planted)).singleElement().asString()
                .contains("the verification key's volume is optional");
    }
}
