# syntax=docker/dockerfile:1.7
# escape=\

# A good multi-stage build: every base pinned by digest, tools only in the build stage,
# the final stage runs as an unprivileged user.
ARG JDK=eclipse-temurin:21-jdk@sha256:1111111111111111111111111111111111111111111111111111111111111111
FROM ${JDK} AS build
WORKDIR /src
COPY pom.xml .
COPY src/ src/
# Comment lines inside a continuation are dropped, as Docker does.
RUN apt-get update \
 # build tools live here only
 && apt-get install -y --no-install-recommends maven \
 && mvn -B -q package
RUN <<SCRIPT
set -e
javac -version
SCRIPT

FROM eclipse-temurin:21-jre@sha256:2222222222222222222222222222222222222222222222222222222222222222
COPY --from=build /src/target/app.jar /app/app.jar
COPY .env.example /app/.env.example
ADD --checksum=sha256:1111111111111111111111111111111111111111111111111111111111111111 https://example.com/ca.crt /app/ca.crt
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
