# Container image of activity-api, following the Quarkus JVM layout (fast-jar: target/quarkus-app).
#
# Build from the repository root after packaging the service (mvn -B package -pl activity-api -am -DskipTests):
#   docker build -f deploy/kubernetes/docker/activity-api.Dockerfile -t activity-platform/activity-api:0.1.0 activity-api
# The build context is the service module, so target/quarkus-app is found where Quarkus writes it.
#
# Base image: the Eclipse Temurin 17 JRE (an official image, named without a registry host so the
# builder's configured registry or mirror resolves it). Red Hat's ubi9/openjdk-17-runtime works as a
# drop-in replacement: pass --build-arg RUNTIME_IMAGE=<that image>.
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre
FROM ${RUNTIME_IMAGE}

# Heap sized from the container's memory limit; JBoss LogManager as Quarkus expects outside quarkus:dev.
# The entrypoint reads JAVA_OPTS, so a ConfigMap can extend or replace it.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

WORKDIR /deployments
# Four layers, least to most often changed: dependencies first, so a code change rebuilds only the
# small app layer. Files stay owned by root and read-only for the runtime user: the pod runs with a
# read-only root file system anyway, and the application must never rewrite its own code.
COPY target/quarkus-app/lib/ /deployments/lib/
COPY target/quarkus-app/*.jar /deployments/
COPY target/quarkus-app/app/ /deployments/app/
COPY target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8081
# A numeric non-root uid (185, as in the Quarkus images), so Kubernetes' runAsNonRoot can verify it.
USER 185
# exec: the JVM becomes PID 1 and receives SIGTERM directly, for Quarkus' graceful shutdown.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
