package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSecurityCheckTest {

    @Test
    void readsTheJdbcUrlsVerificationSettings() {
        assertThat(DatabaseSecurityCheck.query("jdbc:postgresql://h:5432/db?sslmode=verify-full&sslrootcert=/x/ca.crt"))
                .containsEntry("sslmode", "verify-full").containsEntry("sslrootcert", "/x/ca.crt");
    }

    @Test
    void reportsAReactiveConnectionThatDoesNotVerifyTheServer() {
        Platform planted = Planting.edit("ConfigMap", "activity-api-config", cm -> Planting.object(cm, "/data")
                .put("QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "require"));

        assertThat(DatabaseSecurityCheck.check(planted)).singleElement().asString()
                .isEqualTo("activity-api: QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE is require, expected verify-full");
    }

    @Test
    void reportsAJdbcUrlWithoutVerification() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config", cm -> Planting.object(cm, "/data")
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://job-handler-db-rw:5432/job_handler"));

        assertThat(DatabaseSecurityCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("sslmode=null, expected verify-full"))
                .anySatisfy(p -> assertThat(p).contains("sslrootcert (unset) must be the file of key ca.crt of Secret job-handler-db-ca"));
    }

    @Test
    void reportsTrustInAnotherClustersCa() {
        Platform planted = Planting.edit("Deployment", "message-system", d -> Planting.object(d,
                "/spec/template/spec/volumes/1/secret").put("secretName", "activity-api-db-ca"));

        assertThat(DatabaseSecurityCheck.check(planted)).hasSize(2).allSatisfy(p -> assertThat(p)
                .contains("must be the file of key ca.crt of Secret message-system-db-ca"));
    }

    @Test
    void reportsAClusterAcceptingPlainConnections() {
        Platform planted = Planting.edit("Cluster", "job-handler-db",
                c -> Planting.object(c, "/spec/postgresql").remove("pg_hba"));

        assertThat(DatabaseSecurityCheck.check(planted)).singleElement().asString()
                .contains("Cluster/job-handler-db: accepts connections without TLS");
    }

    @Test
    void reportsADatabaseWithoutNetworkPolicy() {
        Platform planted = Planting.withoutBase("NetworkPolicy", "activity-api-db");

        assertThat(DatabaseSecurityCheck.check(planted)).singleElement().asString()
                .isEqualTo("no NetworkPolicy selects the pods of activity-api-db (any pod could reach 5432)");
    }

    @Test
    void reportsAnotherServiceAdmittedToADatabase() {
        Platform planted = Planting.edit("NetworkPolicy", "message-system-db", n -> Planting.object(n,
                "/spec/ingress/0/from/0/podSelector/matchLabels").put("app.kubernetes.io/name", "job-handler"));

        assertThat(DatabaseSecurityCheck.check(planted)).singleElement().asString()
                .contains("NetworkPolicy/message-system-db: admits").contains("which is neither message-system");
    }

    @Test
    void reportsARuleOpenToEveryPod() {
        Platform planted = Planting.edit("NetworkPolicy", "job-handler-db",
                n -> Planting.array(n, "/spec/ingress").addObject().set("ports", Planting.yaml("[{port: 5432}]")));

        assertThat(DatabaseSecurityCheck.check(planted)).singleElement().asString()
                .contains("an ingress rule without 'from' admits every pod");
    }
}
