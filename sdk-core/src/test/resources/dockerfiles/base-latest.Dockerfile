FROM maven:3.9-eclipse-temurin-21@sha256:1111111111111111111111111111111111111111111111111111111111111111 AS build
RUN mvn -B package
FROM eclipse-temurin:latest
COPY --from=build /target/app.jar /app.jar
USER 10001
