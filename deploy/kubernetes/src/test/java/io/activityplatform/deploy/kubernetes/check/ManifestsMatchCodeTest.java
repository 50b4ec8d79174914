package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The real manifests pass every check: the deployment agrees with the code as it is. */
class ManifestsMatchCodeTest {

    private final Platform platform = PlatformFixture.platform();

    @Test
    void probesUseQuarkusHealthPathsOnEachServicesPort() {
        assertThat(ProbeCheck.check(platform)).isEmpty();
    }

    @Test
    void everyEnvironmentVariableIsASettingTheServiceReads() {
        assertThat(EnvCheck.check(platform)).isEmpty();
    }

    @Test
    void mountedConfigFilesHoldOnlySettingsTheServiceReads() {
        assertThat(ConfigFileCheck.check(platform)).isEmpty();
    }

    @Test
    void kafkaTopicsMatchTheEventContract() {
        assertThat(KafkaCheck.check(platform)).isEmpty();
    }

    @Test
    void eachServiceUsesItsOwnDatabaseUnderTheNameItsCodeUses() {
        assertThat(DatabaseCheck.check(platform)).isEmpty();
    }

    @Test
    void everyDeploymentHasResourcesProbesDisruptionBudgetAndNetworkPolicy() {
        assertThat(WorkloadCheck.check(platform)).isEmpty();
    }

    @Test
    void networkPoliciesAllowOnlyKafkaOwnDatabaseDnsAndTheIngressController() {
        assertThat(NetworkPolicyCheck.check(platform)).isEmpty();
    }

    @Test
    void ingressesRouteToDeclaredRestRootsOnly() {
        assertThat(IngressCheck.check(platform)).isEmpty();
    }

    @Test
    void kustomizationsReferenceExistingFilesAndBaseResources() {
        assertThat(KustomizationCheck.check(platform)).isEmpty();
    }

    @Test
    void kafkaIsReachableOnlyOverTlsWithAUserPerServiceAndItsAcls() {
        assertThat(KafkaAccessCheck.check(platform)).isEmpty();
    }

    @Test
    void databasesAreReachedOverVerifiedTlsAndOnlyByTheirService() {
        assertThat(DatabaseSecurityCheck.check(platform)).isEmpty();
    }

    @Test
    void namespacesEnforceRestrictedPodSecurityAndThePodsComply() {
        assertThat(PodSecurityCheck.check(platform)).isEmpty();
    }

    @Test
    void everyServiceVerifiesBearerTokensAgainstAConfiguredIssuerAndKey() {
        assertThat(AuthSettingsCheck.check(platform)).isEmpty();
    }

    @Test
    void shutdownIsGracefulNothingRequiredIsOptionalAndVersionsAreTheTestedOnes() {
        assertThat(LifecycleCheck.check(platform, LifecycleCheck.Tested.fromRootPom())).isEmpty();
    }

    @Test
    void servicesKafkaAndDatabasesAreScraped() {
        assertThat(MonitoringCheck.check(platform)).isEmpty();
    }

    @Test
    void theDashboardShipsToGrafanaAndQueriesOnlyDocumentedMetrics() {
        assertThat(DashboardCheck.check(platform)).isEmpty();
    }

    @Test
    void imagesFollowTheQuarkusJvmLayout() {
        assertThat(DockerfileCheck.check(platform)).isEmpty();
    }
}
