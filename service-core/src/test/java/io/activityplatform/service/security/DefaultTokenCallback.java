package io.activityplatform.service.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Before each Quarkus test: RestAssured requests carry an admin token of {@link TestTokens#ACCOUNT} unless the
 * test chooses another caller ({@code .auth().oauth2(..)}) or none ({@code .auth().none()}). Tests about
 * behaviour other than authorization thus stay as they were. Registered through META-INF/services.
 */
public class DefaultTokenCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(TestTokens.admin());
    }
}
