# syntax=docker/dockerfile:1
# One image recipe for every Spring Boot module: the six services and the gateway.
#   docker build --build-arg MODULE=appointment-service -t aftersales/appointment-service .
# docker-compose.yml builds each module with its own MODULE.
ARG MODULE

# ---- build: the module and what it depends on ---------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
RUN test -n "${MODULE}" || (echo "pass --build-arg MODULE=<module>, e.g. appointment-service" >&2; exit 1)
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl "${MODULE}" -am package -DskipTests
# Spring Boot's layered extraction: dependencies change rarely, the application every build.
RUN cp "${MODULE}/target/${MODULE}"-*.jar /app.jar \
 && java -Djarmode=tools -jar /app.jar extract --layers --destination /extracted --application-filename app.jar

# ---- runtime ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
ARG MODULE
LABEL org.opencontainers.image.title="aftersales-${MODULE}"
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER 10001:10001
# The port comes from PORT (each module has its own default: gateway 8080, services 8081-8086).
# The health check speaks HTTP with bash alone, so it does not depend on curl being in the base image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
# JVM flags: JAVA_TOOL_OPTIONS (docker-compose.yml sets small ones).
ENTRYPOINT ["java", "-jar", "app.jar"]
