package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkPolicyCheckTest {

    @Test
    void reportsEgressToAnotherServicesDatabase() {
        Platform planted = Planting.edit("NetworkPolicy", "activity-api", n -> Planting.object(n,
                "/spec/egress/1/to/0/podSelector/matchLabels").put("cnpg.io/cluster", "job-handler-db"));

        assertThat(NetworkPolicyCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("is neither Kafka (events), its own database (activity-api-db)"))
                .anySatisfy(p -> assertThat(p).contains("database=false"));
    }

    @Test
    void reportsAnEgressRuleOpenToEverything() {
        Platform planted = Planting.edit("NetworkPolicy", "message-system",
                n -> Planting.array(n, "/spec/egress").addObject());

        assertThat(NetworkPolicyCheck.check(planted)).singleElement().asString().contains("opens too much");
    }

    @Test
    void reportsIngressToAServiceNoIngressRoutesTo() {
        Platform planted = Planting.edit("NetworkPolicy", "job-handler", n -> Planting.array(n, "/spec/ingress")
                .addObject().set("from", Planting.yaml("[{namespaceSelector: {}}]")));

        assertThat(NetworkPolicyCheck.check(planted))
                .anySatisfy(p -> assertThat(p).contains("lets traffic in although no Ingress routes to the service"));
    }

    @Test
    void reportsIngressOnAPortTheServiceDoesNotListenOn() {
        Platform planted = Planting.edit("NetworkPolicy", "activity-api",
                n -> Planting.object(n, "/spec/ingress/0/ports/0").put("port", 8080));

        assertThat(NetworkPolicyCheck.check(planted)).singleElement().asString()
                .contains("the service listens on 8081");
    }

    @Test
    void reportsAMissingPolicyType() {
        Platform planted = Planting.edit("NetworkPolicy", "job-handler", n -> Planting.array(n, "/spec/policyTypes").remove(1));

        assertThat(NetworkPolicyCheck.check(planted)).singleElement().asString()
                .contains("policyTypes must list Ingress and Egress");
    }
}
