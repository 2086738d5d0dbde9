FROM eclipse-temurin:21-jre
USER 10001
