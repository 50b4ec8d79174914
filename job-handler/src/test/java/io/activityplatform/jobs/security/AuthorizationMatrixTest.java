package io.activityplatform.jobs.security;

import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.get;
import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.security.AuthorizationMatrix;
import io.activityplatform.service.security.AuthorizationMatrix.Endpoint;
import io.activityplatform.service.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every job-handler endpoint × every kind of caller: all are admin views. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class AuthorizationMatrixTest {

    static List<Endpoint> endpoints() {
        String id = UUID.randomUUID().toString();
        return List.of(
                get("/admin/jobs", "/admin/jobs", Roles.ADMIN, 200),
                get("/admin/jobs/{activityId}", "/admin/jobs/" + id, Roles.ADMIN, 404),
                get("/admin/projection", "/admin/projection", Roles.ADMIN, 200),
                send("POST", "/admin/projection/rebuild", "/admin/projection/rebuild", null, Roles.ADMIN, 200),
                get("/admin/view/activities", "/admin/view/activities?limit=1", Roles.ADMIN, 200),
                get("/admin/view/activities/{id}", "/admin/view/activities/" + id, Roles.ADMIN, 404));
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRoleSays() {
        AuthorizationMatrix.check(endpoints());
    }

    @Test
    void theMatrixCoversEveryOperationOfTheOpenApiDocument() {
        assertThat(AuthorizationMatrix.undeclared(endpoints())).isEmpty();
    }
}
